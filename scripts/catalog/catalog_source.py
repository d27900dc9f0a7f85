"""Seed catalog of administrative procedures (thủ tục hành chính) of Khánh Hòa province.

Hand-written data, read by generate.py, which validates it and writes
server/data/catalog.json and the form templates in public/templates/.

Shape after the 1 July 2025 reorganisation: no district level; provincial procedures are handled
by a department (Sở …) and received at the provincial public administration service centre;
commune procedures (`level = "commune"`) are handled by every commune People's Committee, which
the portal creates from its administrative-units table, so they list no agency.

Codes: the national procedure id (1.00NNNN / 2.00NNNN) followed by the implementing-unit part
`.000.00.00.H34`. Ids marked `# mã quốc gia` are the national ids as remembered; the others are
invented in the same style and are unique only within this catalog.

Amounts are in VND. Where the amount is set by the provincial People's Council (HĐND tỉnh), the
note says so and the amount is a plausible figure, to be checked against the province's
resolution before going live.
"""

VERSION = "2026-11-22"

# ---------------------------------------------------------------------------------------------
# Lĩnh vực (names as the national database uses them)
# ---------------------------------------------------------------------------------------------

FIELDS = [
    ("HT", "Hộ tịch"),
    ("CT", "Chứng thực"),
    ("LLTP", "Lý lịch tư pháp"),
    ("QT", "Quốc tịch"),
    ("CC", "Công chứng"),
    ("LS", "Luật sư"),
    ("TGPL", "Trợ giúp pháp lý"),
    ("DGTS", "Đấu giá tài sản"),
    ("DD", "Đất đai"),
    ("XD", "Hoạt động xây dựng"),
    ("NO", "Nhà ở"),
    ("KDBDS", "Kinh doanh bất động sản"),
    ("DB", "Đường bộ"),
    ("DN", "Thành lập và hoạt động của doanh nghiệp"),
    ("HKD", "Thành lập và hoạt động của hộ kinh doanh"),
    ("DT", "Đầu tư tại Việt Nam"),
    ("LD", "Lao động, tiền lương"),
    ("VL", "Việc làm"),
    ("BTXH", "Bảo trợ xã hội"),
    ("GN", "Giảm nghèo"),
    ("NCC", "Người có công"),
    ("GD", "Giáo dục và Đào tạo"),
    ("GDNN", "Giáo dục nghề nghiệp"),
    ("KCB", "Khám bệnh, chữa bệnh"),
    ("DUOC", "Dược phẩm"),
    ("MP", "Mỹ phẩm"),
    ("ATTP", "An toàn thực phẩm"),
    ("MT", "Môi trường"),
    ("TNN", "Tài nguyên nước"),
    ("LTHH", "Lưu thông hàng hóa trong nước"),
    ("XTTM", "Xúc tiến thương mại"),
    ("DIEN", "Điện"),
    ("HC", "Hóa chất"),
    ("VH", "Văn hóa"),
    ("DL", "Du lịch"),
    ("TDTT", "Thể dục thể thao"),
    ("XB", "Xuất bản, In và Phát hành"),
    ("TTDT", "Phát thanh, truyền hình và thông tin điện tử"),
    ("TY", "Thú y"),
    ("CN", "Chăn nuôi"),
    ("TT", "Trồng trọt"),
    ("BVTV", "Bảo vệ thực vật"),
    ("TS", "Thủy sản"),
    ("TDKT", "Thi đua, khen thưởng"),
    ("TG", "Tín ngưỡng, tôn giáo"),
    ("TCPCP", "Tổ chức phi chính phủ"),
    ("KHCN", "Hoạt động khoa học và công nghệ"),
    ("ATBX", "An toàn bức xạ và hạt nhân"),
    ("BC", "Bưu chính"),
]

# ---------------------------------------------------------------------------------------------
# Cơ quan cấp tỉnh (after the 2025 mergers). Key -> record. Unit codes follow QCVN 102:2016 in
# shape only; addresses use the wards created on 1 July 2025.
# ---------------------------------------------------------------------------------------------

AGENCIES = {
    "STP": dict(
        code="000.00.12.H34",
        name="Sở Tư pháp tỉnh Khánh Hòa",
        short="Sở Tư pháp",
        address="Số 01 Trần Phú, phường Nha Trang, tỉnh Khánh Hòa",
        phone="0258 3822 515",
        email="stp@khanhhoa.gov.vn",
    ),
    "SNV": dict(
        code="000.00.04.H34",
        name="Sở Nội vụ tỉnh Khánh Hòa",
        short="Sở Nội vụ",
        address="Số 04 Phan Chu Trinh, phường Nha Trang, tỉnh Khánh Hòa",
        phone="0258 3822 691",
        email="snv@khanhhoa.gov.vn",
    ),
    "STC": dict(
        code="000.00.05.H34",
        name="Sở Tài chính tỉnh Khánh Hòa",
        short="Sở Tài chính",
        address="Số 04 Phan Chu Trinh, phường Nha Trang, tỉnh Khánh Hòa",
        phone="0258 3822 307",
        email="stc@khanhhoa.gov.vn",
    ),
    "SNNMT": dict(
        code="000.00.07.H34",
        name="Sở Nông nghiệp và Môi trường tỉnh Khánh Hòa",
        short="Sở Nông nghiệp và Môi trường",
        address="Số 10 Lê Thánh Tôn, phường Nha Trang, tỉnh Khánh Hòa",
        phone="0258 3822 474",
        email="snnmt@khanhhoa.gov.vn",
    ),
    "SCT": dict(
        code="000.00.08.H34",
        name="Sở Công Thương tỉnh Khánh Hòa",
        short="Sở Công Thương",
        address="Số 132 Lê Thánh Tôn, phường Nha Trang, tỉnh Khánh Hòa",
        phone="0258 3822 683",
        email="sct@khanhhoa.gov.vn",
    ),
    "SXD": dict(
        code="000.00.09.H34",
        name="Sở Xây dựng tỉnh Khánh Hòa",
        short="Sở Xây dựng",
        address="Số 19 Lý Tự Trọng, phường Nha Trang, tỉnh Khánh Hòa",
        phone="0258 3822 379",
        email="sxd@khanhhoa.gov.vn",
    ),
    "SKHCN": dict(
        code="000.00.11.H34",
        name="Sở Khoa học và Công nghệ tỉnh Khánh Hòa",
        short="Sở Khoa học và Công nghệ",
        address="Số 02 Hàn Thuyên, phường Nha Trang, tỉnh Khánh Hòa",
        phone="0258 3822 740",
        email="skhcn@khanhhoa.gov.vn",
    ),
    "SGDDT": dict(
        code="000.00.13.H34",
        name="Sở Giáo dục và Đào tạo tỉnh Khánh Hòa",
        short="Sở Giáo dục và Đào tạo",
        address="Số 04 Phan Chu Trinh, phường Nha Trang, tỉnh Khánh Hòa",
        phone="0258 3822 404",
        email="sgddt@khanhhoa.gov.vn",
    ),
    "SYT": dict(
        code="000.00.14.H34",
        name="Sở Y tế tỉnh Khánh Hòa",
        short="Sở Y tế",
        address="Số 04 Pasteur, phường Nha Trang, tỉnh Khánh Hòa",
        phone="0258 3822 432",
        email="syt@khanhhoa.gov.vn",
    ),
    "SVHTTDL": dict(
        code="000.00.15.H34",
        name="Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa",
        short="Sở Văn hóa, Thể thao và Du lịch",
        address="Số 11 Phan Bội Châu, phường Nha Trang, tỉnh Khánh Hòa",
        phone="0258 3822 753",
        email="svhttdl@khanhhoa.gov.vn",
    ),
    "BQLKKT": dict(
        code="000.00.16.H34",
        name="Ban Quản lý Khu kinh tế Vân Phong",
        short="Ban Quản lý Khu kinh tế Vân Phong",
        address="Số 04 Phan Chu Trinh, phường Nha Trang, tỉnh Khánh Hòa",
        phone="0258 3560 678",
        email="bqlkktvp@khanhhoa.gov.vn",
    ),
    "CAT": dict(
        code="000.00.30.H34",
        name="Công an tỉnh Khánh Hòa",
        short="Công an tỉnh",
        address="Số 80 Trần Phú, phường Nam Nha Trang, tỉnh Khánh Hòa",
        phone="0258 3822 400",
        email="congan@khanhhoa.gov.vn",
    ),
    "TTPVHCC": dict(
        code="000.00.40.H34",
        name="Trung tâm Phục vụ hành chính công tỉnh Khánh Hòa",
        short="Trung tâm Phục vụ hành chính công tỉnh",
        address="Tầng 1, Số 01 Trần Phú, phường Nha Trang, tỉnh Khánh Hòa",
        phone="0258 3568 999",
        email="ttpvhcc@khanhhoa.gov.vn",
    ),
}

# Where a provincial procedure's dossier is handed in (Bước 1); default: the provincial centre.
DESK = {
    "CAT": "Bộ phận Một cửa của Công an tỉnh Khánh Hòa (Phòng Cảnh sát giao thông)",
}
PROVINCE_DESK = "Trung tâm Phục vụ hành chính công tỉnh Khánh Hòa"
COMMUNE_DESK = "Bộ phận Một cửa của Ủy ban nhân dân cấp xã"

# ---------------------------------------------------------------------------------------------
# Builders. They only shape the literals below into the JSON records; generate.py validates.
# ---------------------------------------------------------------------------------------------

PROCEDURES = []


def F(name, amount, note=""):
    """A fee or charge (VND)."""
    return {"name": name, "amount": amount, "note": note}


def D(name, originals=1, copies=0, mandatory=True, template=None):
    """A document component (thành phần hồ sơ)."""
    return {
        "name": name,
        "originals": originals,
        "copies": copies,
        "mandatory": mandatory,
        "template": template,
    }


ACTOR = {
    "citizen": "Người yêu cầu",
    "organisation": "Tổ chức, doanh nghiệp",
    "both": "Tổ chức, cá nhân",
}


def _steps(level, agencies, who, submit, online, middle):
    if middle and middle[0].startswith("Bước "):
        return list(middle)
    desk = COMMUNE_DESK if level == "commune" else DESK.get(agencies[0], PROVINCE_DESK)
    if submit:
        first = (
            f"{ACTOR[who]} chuẩn bị hồ sơ theo quy định, nộp trực tiếp tại {desk}, "
            "qua dịch vụ bưu chính công ích hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia."
        )
    else:
        first = (
            f"{ACTOR[who]} chuẩn bị hồ sơ theo quy định và nộp trực tiếp tại {desk} "
            "(thủ tục yêu cầu có mặt trực tiếp)."
        )
    check = (
        "Công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ: trường hợp hồ sơ chưa đầy "
        "đủ, hợp lệ thì hướng dẫn bổ sung, hoàn thiện một lần; trường hợp đầy đủ thì tiếp nhận, "
        "cập nhật vào Hệ thống thông tin giải quyết thủ tục hành chính tỉnh và hẹn ngày trả kết quả."
    )
    if online == "full":
        last = (
            "Nhận kết quả tại nơi nộp hồ sơ, qua dịch vụ bưu chính công ích hoặc nhận bản điện tử "
            "trên Cổng Dịch vụ công quốc gia, Kho quản lý dữ liệu điện tử của tổ chức, cá nhân."
        )
    else:
        last = "Nhận kết quả trực tiếp tại nơi nộp hồ sơ hoặc qua dịch vụ bưu chính công ích."
    steps = [first, check, *middle, last]
    return [f"Bước {i}: {s}" for i, s in enumerate(steps, 1)]


def P(code, name, field, where, online, days, fees, docs, steps, result, legal, *,
      cond=(), who="citizen", submit=True, unit="working", note=""):
    """One procedure. `where` is "xa" (every commune) or an agency key or a list of them."""
    if where == "xa":
        level, agencies = "commune", []
    else:
        level = "province"
        agencies = [where] if isinstance(where, str) else list(where)
    PROCEDURES.append({
        "code": code,
        "name": name,
        "field": field,
        "level": level,
        "agencies": agencies,  # keys; generate.py turns them into unit codes
        "online_level": online,
        "online_submission": submit,
        "applicants": who,
        "processing_days": days,
        "processing_unit": unit,
        "processing_note": note,
        "fees": list(fees),
        "components": list(docs),
        "steps": _steps(level, agencies or ["xa"], who, submit, online, list(steps)),
        "conditions": list(cond),
        "result": result,
        "legal_basis": list(legal),
    })


# ---------------------------------------------------------------------------------------------
# Shared components and notes
# ---------------------------------------------------------------------------------------------

NQ = "Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Khánh Hòa về phí, lệ phí"
NQ_LOWER = "m" + NQ[1:]

ID = D(
    "Giấy tờ tùy thân: Thẻ Căn cước, Căn cước công dân hoặc Hộ chiếu còn giá trị sử dụng "
    "(xuất trình khi nộp trực tiếp; nộp trực tuyến thì cơ quan giải quyết khai thác trên Cơ sở "
    "dữ liệu quốc gia về dân cư)"
)
ID_BOTH = D(
    "Giấy tờ tùy thân của hai bên nam, nữ: Thẻ Căn cước, Căn cước công dân hoặc Hộ chiếu còn "
    "giá trị sử dụng (xuất trình)"
)
UQ = D(
    "Văn bản ủy quyền theo quy định của pháp luật (trường hợp ủy quyền thực hiện thủ tục)",
    mandatory=False,
)
UQ_HT = D(
    "Văn bản ủy quyền được chứng thực (trường hợp ủy quyền; không phải chứng thực nếu người "
    "được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền)",
    mandatory=False,
)
GPKD = D(
    "Bản sao Giấy chứng nhận đăng ký doanh nghiệp, Giấy chứng nhận đăng ký hộ kinh doanh hoặc "
    "giấy tờ pháp lý tương đương (không yêu cầu nếu cơ quan giải quyết tra cứu được trên Cơ sở "
    "dữ liệu quốc gia về đăng ký doanh nghiệp)",
    0, 1, False,
)

# ---------------------------------------------------------------------------------------------
# Căn cứ pháp lý (shared texts)
# ---------------------------------------------------------------------------------------------

L = dict(
    # Tư pháp
    HT_LUAT="Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014",
    HT_ND="Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số "
    "điều và biện pháp thi hành Luật Hộ tịch",
    HT_TT="Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ Tư pháp quy định chi tiết thi hành "
    "một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP",
    HT_LT="Nghị định số 63/2024/NĐ-CP ngày 10/6/2024 của Chính phủ quy định việc thực hiện liên "
    "thông điện tử 02 nhóm thủ tục hành chính: đăng ký khai sinh, đăng ký thường trú, cấp thẻ "
    "bảo hiểm y tế cho trẻ em dưới 6 tuổi; đăng ký khai tử, xóa đăng ký thường trú, giải quyết "
    "mai táng phí, tử tuất",
    TP_PD="Nghị định số 120/2025/NĐ-CP ngày 11/6/2025 của Chính phủ quy định về phân định thẩm "
    "quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp",
    HT_PHI="Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính quy định mức thu, chế "
    "độ thu, nộp, quản lý và sử dụng phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ "
    "tịch, phí xác nhận có quốc tịch Việt Nam, lệ phí quốc tịch",
    CT_ND="Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, "
    "chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
    CT_TT="Thông tư số 01/2020/TT-BTP ngày 03/3/2020 của Bộ Tư pháp quy định chi tiết, hướng "
    "dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP",
    CT_PHI="Thông tư số 226/2016/TT-BTC ngày 11/11/2016 của Bộ Tài chính quy định mức thu, chế "
    "độ thu, nộp, quản lý và sử dụng phí chứng thực",
    LLTP_LUAT="Luật Lý lịch tư pháp số 28/2009/QH12 ngày 17/6/2009",
    LLTP_ND="Nghị định số 111/2010/NĐ-CP ngày 23/11/2010 của Chính phủ quy định chi tiết và "
    "hướng dẫn thi hành một số điều của Luật Lý lịch tư pháp",
    LLTP_TT="Thông tư số 13/2011/TT-BTP ngày 27/6/2011 của Bộ Tư pháp ban hành và hướng dẫn "
    "việc sử dụng biểu mẫu và mẫu sổ lý lịch tư pháp (được sửa đổi bởi Thông tư số "
    "16/2013/TT-BTP)",
    LLTP_PHI="Thông tư số 244/2016/TT-BTC ngày 11/11/2016 của Bộ Tài chính quy định mức thu, "
    "chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin lý lịch tư pháp",
    QT_LUAT="Luật Quốc tịch Việt Nam số 24/2008/QH12 ngày 13/11/2008 (được sửa đổi, bổ sung "
    "bởi Luật số 56/2014/QH13)",
    QT_ND="Nghị định số 16/2020/NĐ-CP ngày 03/02/2020 của Chính phủ quy định chi tiết một số "
    "điều và biện pháp thi hành Luật Quốc tịch Việt Nam",
    CC_LUAT="Luật Công chứng số 46/2024/QH15 ngày 26/11/2024",
    CC_PHI="Thông tư số 257/2016/TT-BTC ngày 11/11/2016 của Bộ Tài chính quy định mức thu, chế "
    "độ thu, nộp, quản lý và sử dụng phí công chứng; phí chứng thực; phí thẩm định tiêu chuẩn, "
    "điều kiện hành nghề công chứng; lệ phí cấp thẻ công chứng viên",
    LS_LUAT="Luật Luật sư số 65/2006/QH11 ngày 29/6/2006 (được sửa đổi, bổ sung bởi Luật số "
    "20/2012/QH13)",
    LS_ND="Nghị định số 123/2013/NĐ-CP ngày 14/10/2013 của Chính phủ quy định chi tiết một số "
    "điều và biện pháp thi hành Luật Luật sư",
    LS_PHI="Thông tư số 220/2016/TT-BTC ngày 10/11/2016 của Bộ Tài chính quy định mức thu, chế "
    "độ thu, nộp, quản lý và sử dụng phí thẩm định điều kiện hành nghề và hoạt động luật sư",
    TGPL_LUAT="Luật Trợ giúp pháp lý số 11/2017/QH14 ngày 20/6/2017",
    TGPL_TT="Thông tư số 12/2018/TT-BTP ngày 28/8/2018 của Bộ Tư pháp hướng dẫn một số hoạt "
    "động nghiệp vụ trợ giúp pháp lý và quản lý chất lượng vụ việc trợ giúp pháp lý",
    DG_LUAT="Luật Đấu giá tài sản số 01/2016/QH14 ngày 17/11/2016 (được sửa đổi, bổ sung bởi "
    "Luật số 37/2024/QH15)",
    DG_ND="Nghị định số 172/2024/NĐ-CP ngày 27/12/2024 của Chính phủ quy định chi tiết một số "
    "điều của Luật Đấu giá tài sản",
    # Đất đai
    DD_LUAT="Luật Đất đai số 31/2024/QH15 ngày 18/01/2024",
    DD_ND101="Nghị định số 101/2024/NĐ-CP ngày 29/7/2024 của Chính phủ quy định về điều tra cơ "
    "bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền "
    "với đất và hệ thống thông tin đất đai",
    DD_ND102="Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định chi tiết thi "
    "hành một số điều của Luật Đất đai",
    DD_PD="Nghị định số 151/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định về phân định thẩm "
    "quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai",
    DD_BD="Nghị định số 99/2022/NĐ-CP ngày 30/11/2022 của Chính phủ về đăng ký biện pháp bảo đảm",
    DD_PHI="Thông tư số 202/2016/TT-BTC ngày 09/11/2016 của Bộ Tài chính quy định mức thu, chế "
    "độ thu, nộp, quản lý và sử dụng phí trong lĩnh vực đăng ký giao dịch bảo đảm",
    # Xây dựng, nhà ở, bất động sản
    XD_LUAT="Luật Xây dựng số 50/2014/QH13 ngày 18/6/2014",
    XD_LUAT2020="Luật số 62/2020/QH14 ngày 17/6/2020 sửa đổi, bổ sung một số điều của Luật Xây dựng",
    XD_ND="Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ quy định chi tiết một số "
    "điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng",
    XD_PHI="Thông tư số 38/2022/TT-BTC ngày 24/6/2022 của Bộ Tài chính quy định mức thu, chế "
    "độ thu, nộp, quản lý và sử dụng phí thẩm định cấp chứng chỉ hành nghề, chứng chỉ năng lực "
    "hoạt động xây dựng",
    NO_LUAT="Luật Nhà ở số 27/2023/QH15 ngày 27/11/2023",
    NO_ND="Nghị định số 100/2024/NĐ-CP ngày 26/7/2024 của Chính phủ quy định chi tiết một số "
    "điều của Luật Nhà ở về phát triển và quản lý nhà ở xã hội",
    BDS_LUAT="Luật Kinh doanh bất động sản số 29/2023/QH15 ngày 28/11/2023",
    BDS_ND="Nghị định số 96/2024/NĐ-CP ngày 24/7/2024 của Chính phủ quy định chi tiết một số "
    "điều của Luật Kinh doanh bất động sản",
    # Giao thông
    DB_LUAT="Luật Đường bộ số 35/2024/QH15 ngày 27/6/2024",
    TTATGT_LUAT="Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15 ngày 27/6/2024",
    VT_ND="Nghị định số 158/2024/NĐ-CP ngày 18/12/2024 của Chính phủ quy định về hoạt động vận "
    "tải đường bộ",
    DT_LX_ND="Nghị định số 160/2024/NĐ-CP ngày 18/12/2024 của Chính phủ quy định về hoạt động "
    "đào tạo và sát hạch lái xe",
    GPLX_TT="Thông tư số 12/2025/TT-BCA của Bộ trưởng Bộ Công an quy định về sát hạch, cấp giấy "
    "phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế",
    GPLX_PHI="Thông tư số 37/2023/TT-BTC ngày 07/6/2023 của Bộ Tài chính quy định mức thu, chế "
    "độ thu, nộp, quản lý và sử dụng phí sát hạch lái xe; lệ phí cấp bằng, chứng chỉ được hoạt "
    "động trên các loại phương tiện",
    # Doanh nghiệp, hộ kinh doanh, đầu tư
    DN_LUAT="Luật Doanh nghiệp số 59/2020/QH14 ngày 17/6/2020 (được sửa đổi, bổ sung năm 2022 "
    "và năm 2025)",
    DN_ND="Nghị định số 168/2025/NĐ-CP ngày 30/6/2025 của Chính phủ về đăng ký doanh nghiệp",
    DN_TT="Thông tư số 68/2025/TT-BTC của Bộ Tài chính ban hành biểu mẫu sử dụng trong đăng ký "
    "doanh nghiệp, đăng ký hộ kinh doanh",
    DN_PHI="Thông tư số 47/2019/TT-BTC ngày 05/8/2019 của Bộ Tài chính quy định mức thu, chế độ "
    "thu, nộp, quản lý và sử dụng phí cung cấp thông tin doanh nghiệp, lệ phí đăng ký doanh nghiệp",
    DT_LUAT="Luật Đầu tư số 61/2020/QH14 ngày 17/6/2020",
    DT_ND="Nghị định số 31/2021/NĐ-CP ngày 26/3/2021 của Chính phủ quy định chi tiết và hướng "
    "dẫn thi hành một số điều của Luật Đầu tư",
    DT_KKT="Nghị định số 35/2022/NĐ-CP ngày 28/5/2022 của Chính phủ quy định về quản lý khu công "
    "nghiệp và khu kinh tế",
    DT_TT="Thông tư số 03/2021/TT-BKHĐT ngày 09/4/2021 của Bộ Kế hoạch và Đầu tư quy định mẫu "
    "văn bản, báo cáo liên quan đến hoạt động đầu tư tại Việt Nam (được sửa đổi bởi Thông tư số "
    "25/2023/TT-BKHĐT)",
    # Lao động, việc làm, xã hội, người có công
    BLLD="Bộ luật Lao động số 45/2019/QH14 ngày 20/11/2019",
    LD_ND145="Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ quy định chi tiết và "
    "hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động",
    LD_NNN="Nghị định số 219/2025/NĐ-CP của Chính phủ quy định về người lao động nước ngoài làm "
    "việc tại Việt Nam",
    VL_LUAT="Luật Việc làm số 38/2013/QH13 ngày 16/11/2013",
    VL_ND="Nghị định số 28/2015/NĐ-CP ngày 12/3/2015 của Chính phủ quy định chi tiết thi hành "
    "Luật Việc làm về bảo hiểm thất nghiệp (được sửa đổi, bổ sung bởi Nghị định số 61/2020/NĐ-CP)",
    BTXH_ND="Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ quy định chính sách trợ "
    "giúp xã hội đối với đối tượng bảo trợ xã hội",
    BTXH_ND76="Nghị định số 76/2024/NĐ-CP ngày 01/7/2024 của Chính phủ sửa đổi, bổ sung một số "
    "điều của Nghị định số 20/2021/NĐ-CP",
    BTXH_CS="Nghị định số 103/2017/NĐ-CP ngày 12/9/2017 của Chính phủ quy định về thành lập, tổ "
    "chức, hoạt động, giải thể và quản lý các cơ sở trợ giúp xã hội",
    NKT_LUAT="Luật Người khuyết tật số 51/2010/QH12 ngày 17/6/2010",
    NKT_TT="Thông tư số 01/2019/TT-BLĐTBXH ngày 02/01/2019 của Bộ Lao động - Thương binh và Xã "
    "hội quy định về việc xác định mức độ khuyết tật do Hội đồng xác định mức độ khuyết tật thực hiện",
    GN_ND="Nghị định số 07/2021/NĐ-CP ngày 27/01/2021 của Chính phủ quy định chuẩn nghèo đa chiều "
    "giai đoạn 2022 - 2025",
    GN_QD="Quyết định số 24/2021/QĐ-TTg ngày 16/7/2021 của Thủ tướng Chính phủ quy định quy trình "
    "rà soát hộ nghèo, hộ cận nghèo hằng năm và quy trình xác định hộ làm nông nghiệp, lâm "
    "nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình",
    NCC_PL="Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14 ngày 09/12/2020",
    NCC_ND="Nghị định số 131/2021/NĐ-CP ngày 30/12/2021 của Chính phủ quy định chi tiết và biện "
    "pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng",
    NCC_ND55="Nghị định số 55/2023/NĐ-CP ngày 21/7/2023 của Chính phủ sửa đổi, bổ sung một số "
    "điều của Nghị định số 131/2021/NĐ-CP",
    NCC_ND77="Nghị định số 77/2024/NĐ-CP ngày 01/7/2024 của Chính phủ quy định mức chuẩn trợ cấp, "
    "phụ cấp ưu đãi người có công với cách mạng",
    # Giáo dục
    GD_LUAT="Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019",
    GD_ND="Nghị định số 125/2024/NĐ-CP ngày 05/10/2024 của Chính phủ quy định về điều kiện đầu "
    "tư và hoạt động trong lĩnh vực giáo dục",
    GD_VB="Thông tư số 21/2019/TT-BGDĐT ngày 29/11/2019 của Bộ Giáo dục và Đào tạo ban hành Quy "
    "chế quản lý bằng tốt nghiệp trung học cơ sở, bằng tốt nghiệp trung học phổ thông, văn bằng "
    "giáo dục đại học và chứng chỉ của hệ thống giáo dục quốc dân",
    GD_CT="Thông tư số 50/2021/TT-BGDĐT ngày 31/12/2021 của Bộ Giáo dục và Đào tạo sửa đổi, bổ "
    "sung một số điều của Quy định về chuyển trường và tiếp nhận học sinh học tại các trường trung "
    "học cơ sở và trung học phổ thông",
    GDNN_LUAT="Luật Giáo dục nghề nghiệp số 74/2014/QH13 ngày 27/11/2014",
    GDNN_ND="Nghị định số 143/2016/NĐ-CP ngày 14/10/2016 của Chính phủ quy định điều kiện đầu "
    "tư và hoạt động trong lĩnh vực giáo dục nghề nghiệp (được sửa đổi bởi Nghị định số "
    "24/2022/NĐ-CP)",
    # Y tế
    KCB_LUAT="Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09/01/2023",
    KCB_ND="Nghị định số 96/2023/NĐ-CP ngày 30/12/2023 của Chính phủ quy định chi tiết một số "
    "điều của Luật Khám bệnh, chữa bệnh",
    KCB_TT="Thông tư số 32/2023/TT-BYT ngày 31/12/2023 của Bộ Y tế quy định chi tiết một số điều "
    "của Luật Khám bệnh, chữa bệnh",
    KCB_PHI="Thông tư số 59/2023/TT-BTC ngày 30/8/2023 của Bộ Tài chính quy định mức thu, chế độ "
    "thu, nộp, quản lý và sử dụng phí trong lĩnh vực y tế",
    DUOC_LUAT="Luật Dược số 105/2016/QH13 ngày 06/4/2016 (được sửa đổi, bổ sung bởi Luật số "
    "44/2024/QH15)",
    DUOC_ND="Nghị định số 54/2017/NĐ-CP ngày 08/5/2017 của Chính phủ quy định chi tiết một số "
    "điều và biện pháp thi hành Luật Dược (được sửa đổi bởi Nghị định số 155/2018/NĐ-CP)",
    DUOC_PHI="Thông tư số 277/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính quy định mức thu, chế "
    "độ thu, nộp, quản lý và sử dụng phí trong lĩnh vực dược, mỹ phẩm",
    MP_TT="Thông tư số 06/2011/TT-BYT ngày 25/01/2011 của Bộ Y tế quy định về quản lý mỹ phẩm",
    ATTP_LUAT="Luật An toàn thực phẩm số 55/2010/QH12 ngày 17/6/2010",
    ATTP_ND="Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 của Chính phủ quy định chi tiết thi hành "
    "một số điều của Luật An toàn thực phẩm",
    ATTP_PHI="Thông tư số 67/2021/TT-BTC ngày 05/8/2021 của Bộ Tài chính quy định mức thu, chế độ "
    "thu, nộp, quản lý và sử dụng phí trong công tác an toàn thực phẩm",
    ATTP_BCT="Thông tư số 43/2018/TT-BCT ngày 15/11/2018 của Bộ Công Thương quy định về quản lý "
    "an toàn thực phẩm thuộc trách nhiệm của Bộ Công Thương",
    # Môi trường, tài nguyên nước
    MT_LUAT="Luật Bảo vệ môi trường số 72/2020/QH14 ngày 17/11/2020",
    MT_ND="Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ quy định chi tiết một số "
    "điều của Luật Bảo vệ môi trường (được sửa đổi, bổ sung bởi Nghị định số 05/2025/NĐ-CP)",
    MT_TT="Thông tư số 02/2022/TT-BTNMT ngày 10/01/2022 của Bộ Tài nguyên và Môi trường quy định "
    "chi tiết thi hành một số điều của Luật Bảo vệ môi trường",
    TNN_LUAT="Luật Tài nguyên nước số 28/2023/QH15 ngày 27/11/2023",
    TNN_ND="Nghị định số 54/2024/NĐ-CP ngày 16/5/2024 của Chính phủ quy định việc hành nghề "
    "khoan nước dưới đất, kê khai, đăng ký, cấp phép, dịch vụ tài nguyên nước và tiền cấp quyền "
    "khai thác tài nguyên nước",
    # Công Thương
    TM_LUAT="Luật Thương mại số 36/2005/QH11 ngày 14/6/2005",
    RUOU_ND="Nghị định số 105/2017/NĐ-CP ngày 14/9/2017 của Chính phủ về kinh doanh rượu (được "
    "sửa đổi, bổ sung bởi Nghị định số 17/2020/NĐ-CP)",
    TMPHI="Thông tư số 168/2016/TT-BTC ngày 26/10/2016 của Bộ Tài chính quy định mức thu, chế độ "
    "thu, nộp, quản lý và sử dụng phí thẩm định kinh doanh thương mại có điều kiện thuộc lĩnh vực "
    "thương mại",
    TL_LUAT="Luật Phòng, chống tác hại của thuốc lá số 09/2012/QH13 ngày 18/6/2012",
    TL_ND="Nghị định số 67/2013/NĐ-CP ngày 27/6/2013 của Chính phủ quy định chi tiết một số điều "
    "và biện pháp thi hành Luật Phòng, chống tác hại của thuốc lá về kinh doanh thuốc lá (được "
    "sửa đổi bởi Nghị định số 106/2017/NĐ-CP)",
    XANG_ND="Nghị định số 83/2014/NĐ-CP ngày 03/9/2014 của Chính phủ về kinh doanh xăng dầu "
    "(được sửa đổi, bổ sung bởi Nghị định số 95/2021/NĐ-CP và Nghị định số 80/2023/NĐ-CP)",
    KM_ND="Nghị định số 81/2018/NĐ-CP ngày 22/5/2018 của Chính phủ quy định chi tiết Luật Thương "
    "mại về hoạt động xúc tiến thương mại",
    DIEN_LUAT="Luật Điện lực số 61/2024/QH15 ngày 30/11/2024",
    HC_LUAT="Luật Hóa chất số 06/2007/QH12 ngày 21/11/2007",
    HC_ND="Nghị định số 113/2017/NĐ-CP ngày 09/10/2017 của Chính phủ quy định chi tiết và hướng "
    "dẫn thi hành một số điều của Luật Hóa chất (được sửa đổi bởi Nghị định số 82/2022/NĐ-CP)",
    # Văn hóa, du lịch, thể thao, thông tin
    DL_LUAT="Luật Du lịch số 09/2017/QH14 ngày 19/6/2017",
    DL_ND="Nghị định số 168/2017/NĐ-CP ngày 31/12/2017 của Chính phủ quy định chi tiết một số "
    "điều của Luật Du lịch (được sửa đổi bởi Nghị định số 94/2021/NĐ-CP)",
    DL_TT="Thông tư số 06/2017/TT-BVHTTDL ngày 15/12/2017 của Bộ Văn hóa, Thể thao và Du lịch "
    "quy định chi tiết một số điều của Luật Du lịch",
    DL_PHI="Thông tư số 33/2018/TT-BTC ngày 30/3/2018 của Bộ Tài chính quy định mức thu, chế độ "
    "thu, nộp, quản lý và sử dụng phí thẩm định cấp giấy phép kinh doanh dịch vụ lữ hành, phí "
    "thẩm định cấp thẻ hướng dẫn viên du lịch",
    LT_PHI="Thông tư số 34/2018/TT-BTC ngày 30/3/2018 của Bộ Tài chính quy định mức thu, chế độ "
    "thu, nộp, quản lý và sử dụng phí thẩm định công nhận hạng cơ sở lưu trú du lịch",
    KARA_ND="Nghị định số 54/2019/NĐ-CP ngày 19/6/2019 của Chính phủ quy định về kinh doanh dịch "
    "vụ karaoke, dịch vụ vũ trường",
    KARA_PHI="Thông tư số 01/2021/TT-BTC ngày 07/01/2021 của Bộ Tài chính quy định mức thu, chế độ "
    "thu, nộp, quản lý và sử dụng phí thẩm định cấp giấy phép kinh doanh karaoke, vũ trường",
    LH_ND="Nghị định số 110/2018/NĐ-CP ngày 29/8/2018 của Chính phủ quy định về quản lý và tổ "
    "chức lễ hội",
    GDVH_ND="Nghị định số 86/2023/NĐ-CP ngày 07/12/2023 của Chính phủ quy định khung tiêu chuẩn "
    "và trình tự, thủ tục, hồ sơ xét tặng danh hiệu “Gia đình văn hóa”; “Thôn, tổ dân phố văn "
    "hóa”, “Xã, phường, thị trấn tiêu biểu”",
    TV_LUAT="Luật Thư viện số 46/2019/QH14 ngày 21/11/2019",
    TV_ND="Nghị định số 93/2020/NĐ-CP ngày 18/8/2020 của Chính phủ quy định chi tiết một số điều "
    "của Luật Thư viện",
    BDNT_ND="Nghị định số 144/2020/NĐ-CP ngày 14/12/2020 của Chính phủ quy định về hoạt động nghệ "
    "thuật biểu diễn",
    TDTT_LUAT="Luật Thể dục, thể thao số 77/2006/QH11 (được sửa đổi, bổ sung bởi Luật số "
    "26/2018/QH14)",
    TDTT_ND="Nghị định số 36/2019/NĐ-CP ngày 29/4/2019 của Chính phủ quy định chi tiết một số điều "
    "của Luật sửa đổi, bổ sung một số điều của Luật Thể dục, thể thao",
    XB_LUAT="Luật Xuất bản số 19/2012/QH13 ngày 20/11/2012",
    XB_ND="Nghị định số 195/2013/NĐ-CP ngày 21/11/2013 của Chính phủ quy định chi tiết một số điều "
    "và biện pháp thi hành Luật Xuất bản",
    IN_ND="Nghị định số 60/2014/NĐ-CP ngày 19/6/2014 của Chính phủ quy định về hoạt động in (được "
    "sửa đổi bởi Nghị định số 25/2018/NĐ-CP và Nghị định số 72/2022/NĐ-CP)",
    TTDT_ND="Nghị định số 147/2024/NĐ-CP ngày 09/11/2024 của Chính phủ về quản lý, cung cấp, sử "
    "dụng dịch vụ Internet và thông tin trên mạng",
    # Nông nghiệp
    TY_LUAT="Luật Thú y số 79/2015/QH13 ngày 19/6/2015",
    TY_ND="Nghị định số 35/2016/NĐ-CP ngày 15/5/2016 của Chính phủ quy định chi tiết một số điều "
    "của Luật Thú y",
    TY_KD="Thông tư số 25/2016/TT-BNNPTNT ngày 30/6/2016 của Bộ Nông nghiệp và Phát triển nông "
    "thôn quy định về kiểm dịch động vật, sản phẩm động vật trên cạn",
    TY_PHI="Thông tư số 101/2020/TT-BTC ngày 23/11/2020 của Bộ Tài chính quy định mức thu, chế độ "
    "thu, nộp, quản lý và sử dụng phí, lệ phí trong công tác thú y",
    CN_LUAT="Luật Chăn nuôi số 32/2018/QH14 ngày 19/11/2018",
    CN_ND="Nghị định số 13/2020/NĐ-CP ngày 21/01/2020 của Chính phủ hướng dẫn chi tiết Luật Chăn "
    "nuôi (được sửa đổi, bổ sung bởi Nghị định số 46/2022/NĐ-CP)",
    TT_LUAT="Luật Trồng trọt số 31/2018/QH14 ngày 19/11/2018",
    TT_PB="Nghị định số 84/2019/NĐ-CP ngày 14/11/2019 của Chính phủ quy định về quản lý phân bón",
    TT_LUA="Nghị định số 112/2024/NĐ-CP ngày 11/9/2024 của Chính phủ quy định chi tiết về đất "
    "trồng lúa",
    BVTV_LUAT="Luật Bảo vệ và kiểm dịch thực vật số 41/2013/QH13 ngày 25/11/2013",
    BVTV_ND="Nghị định số 66/2016/NĐ-CP ngày 01/7/2016 của Chính phủ quy định điều kiện đầu tư "
    "kinh doanh về bảo vệ và kiểm dịch thực vật; giống cây trồng; nuôi động vật rừng thông "
    "thường; chăn nuôi; thủy sản; thực phẩm (được sửa đổi bởi Nghị định số 123/2018/NĐ-CP)",
    TS_LUAT="Luật Thủy sản số 18/2017/QH14 ngày 21/11/2017",
    TS_ND="Nghị định số 26/2019/NĐ-CP ngày 08/3/2019 của Chính phủ quy định chi tiết một số điều "
    "và biện pháp thi hành Luật Thủy sản (được sửa đổi, bổ sung bởi Nghị định số 37/2024/NĐ-CP)",
    TS_TT="Thông tư số 23/2018/TT-BNNPTNT ngày 15/11/2018 của Bộ Nông nghiệp và Phát triển nông "
    "thôn quy định về đăng kiểm viên tàu cá; công nhận cơ sở đăng kiểm tàu cá; bảo đảm an toàn kỹ "
    "thuật tàu cá, tàu kiểm ngư; đăng ký tàu cá, tàu công vụ thủy sản",
    TS_PHI="Thông tư số 118/2018/TT-BTC ngày 28/11/2018 của Bộ Tài chính quy định mức thu, chế độ "
    "thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực thủy sản",
    # Nội vụ
    TDKT_LUAT="Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022",
    TDKT_ND="Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành "
    "một số điều của Luật Thi đua, khen thưởng",
    TG_LUAT="Luật Tín ngưỡng, tôn giáo số 02/2016/QH14 ngày 18/11/2016",
    TG_ND="Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ quy định chi tiết Luật Tín "
    "ngưỡng, tôn giáo",
    HOI_ND="Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ quy định về tổ chức, hoạt "
    "động và quản lý hội",
    # Khoa học và công nghệ
    KHCN_ND="Nghị định số 08/2014/NĐ-CP ngày 27/01/2014 của Chính phủ quy định chi tiết và hướng "
    "dẫn thi hành một số điều của Luật Khoa học và Công nghệ",
    KHCN_TT="Thông tư số 03/2014/TT-BKHCN ngày 31/3/2014 của Bộ Khoa học và Công nghệ hướng dẫn "
    "điều kiện thành lập, đăng ký hoạt động của tổ chức khoa học và công nghệ",
    BX_LUAT="Luật Năng lượng nguyên tử số 18/2008/QH12 ngày 03/6/2008",
    BX_ND="Nghị định số 142/2020/NĐ-CP ngày 09/12/2020 của Chính phủ quy định về việc tiến hành "
    "công việc bức xạ và hoạt động dịch vụ hỗ trợ ứng dụng năng lượng nguyên tử",
    BX_PHI="Thông tư số 287/2016/TT-BTC ngày 15/11/2016 của Bộ Tài chính quy định mức thu, chế độ "
    "thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực năng lượng nguyên tử",
    BC_LUAT="Luật Bưu chính số 49/2010/QH12 ngày 17/6/2010",
    BC_ND="Nghị định số 47/2011/NĐ-CP ngày 17/6/2011 của Chính phủ quy định chi tiết thi hành "
    "một số nội dung của Luật Bưu chính (được sửa đổi bởi Nghị định số 25/2022/NĐ-CP)",
)


def LB(*keys):
    """Legal bases by key."""
    return [L[k] for k in keys]


# ---------------------------------------------------------------------------------------------
# Mẫu đơn, tờ khai. Lines: "#…" a bold section heading, "=…" a plain paragraph, anything else a
# field label followed by a dotted line.
# ---------------------------------------------------------------------------------------------

TEMPLATES = {}

PLEDGE = (
    "Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp "
    "luật về lời cam đoan của mình."
)
PLEDGE_ORG = (
    "Tổ chức, doanh nghiệp cam kết chịu trách nhiệm trước pháp luật về tính hợp pháp, chính xác, "
    "trung thực của hồ sơ và các nội dung kê khai trên đây."
)
SIGN = "(Ký, ghi rõ họ, chữ đệm, tên)"
SIGN_ORG = "(Ký, ghi rõ họ tên và đóng dấu, nếu có)"
UBX = "Ủy ban nhân dân xã/phường/đặc khu ……………………………"

PERSON = [
    "Họ, chữ đệm, tên người yêu cầu",
    "Ngày, tháng, năm sinh",
    "Số định danh cá nhân",
    "Nơi cư trú",
    "Số điện thoại, thư điện tử",
]
ORG = [
    "Tên tổ chức, doanh nghiệp",
    "Mã số doanh nghiệp/Mã số thuế",
    "Địa chỉ trụ sở chính",
    "Điện thoại, thư điện tử",
    "Họ, chữ đệm, tên người đại diện theo pháp luật",
    "Chức danh, số định danh cá nhân người đại diện",
]


def T(key, title, to, lines, *, intro="", pledge=PLEDGE, signer="NGƯỜI YÊU CẦU", sign=SIGN):
    """A form. `signer` may name several parties separated by "|" (signatures side by side)."""
    TEMPLATES[key] = dict(
        title=title, to=to, intro=intro, lines=list(lines), pledge=pledge, signer=signer, sign=sign
    )


# Hộ tịch
T("to-khai-dang-ky-khai-sinh", "Tờ khai đăng ký khai sinh", UBX, [
    *PERSON[:4],
    "Quan hệ với người được đăng ký khai sinh",
    "#Thông tin người được đăng ký khai sinh",
    "Họ, chữ đệm, tên",
    "Ngày, tháng, năm sinh (ghi bằng số và bằng chữ)",
    "Giới tính; Dân tộc; Quốc tịch",
    "Nơi sinh",
    "Quê quán",
    "#Thông tin cha, mẹ",
    "Họ, chữ đệm, tên người mẹ; năm sinh; dân tộc; quốc tịch; nơi cư trú",
    "Họ, chữ đệm, tên người cha; năm sinh; dân tộc; quốc tịch; nơi cư trú",
    "=Đề nghị cấp bản sao Giấy khai sinh: ☐ Có   ☐ Không; số lượng: …… bản",
], intro="Đề nghị cơ quan đăng ký khai sinh cho người có tên dưới đây:",
   pledge="Tôi cam đoan nội dung đề nghị đăng ký khai sinh trên đây là đúng sự thật, được sự "
   "thỏa thuận nhất trí của các bên liên quan theo quy định pháp luật và chịu hoàn toàn trách "
   "nhiệm trước pháp luật về nội dung cam đoan của mình.")

T("to-khai-dang-ky-ket-hon", "Tờ khai đăng ký kết hôn", UBX, [
    "#Thông tin bên nữ",
    "Họ, chữ đệm, tên",
    "Ngày, tháng, năm sinh; Dân tộc; Quốc tịch",
    "Nơi cư trú",
    "Giấy tờ tùy thân (loại, số, ngày cấp)",
    "Kết hôn lần thứ mấy",
    "#Thông tin bên nam",
    "Họ, chữ đệm, tên",
    "Ngày, tháng, năm sinh; Dân tộc; Quốc tịch",
    "Nơi cư trú",
    "Giấy tờ tùy thân (loại, số, ngày cấp)",
    "Kết hôn lần thứ mấy",
    "=Đề nghị cấp bản sao Giấy chứng nhận kết hôn: ☐ Có   ☐ Không; số lượng: …… bản",
], pledge="Chúng tôi cam đoan những lời khai trên đây là đúng sự thật, việc kết hôn của chúng "
   "tôi là tự nguyện, không vi phạm quy định của Luật Hôn nhân và gia đình Việt Nam. Chúng tôi "
   "chịu trách nhiệm trước pháp luật về lời cam đoan của mình.",
   signer="BÊN NỮ|BÊN NAM")

T("to-khai-dang-ky-khai-tu", "Tờ khai đăng ký khai tử", UBX, [
    *PERSON[:4],
    "Quan hệ với người đã chết",
    "#Thông tin người đã chết",
    "Họ, chữ đệm, tên",
    "Ngày, tháng, năm sinh; Giới tính; Dân tộc; Quốc tịch",
    "Số định danh cá nhân",
    "Nơi cư trú cuối cùng",
    "Đã chết vào lúc (giờ, phút, ngày, tháng, năm)",
    "Nơi chết",
    "Nguyên nhân chết",
    "Số Giấy báo tử/Giấy tờ thay thế Giấy báo tử; cơ quan cấp",
], intro="Đề nghị cơ quan đăng ký khai tử cho người có tên dưới đây:")

T("to-khai-dang-ky-nhan-cha-me-con", "Tờ khai đăng ký nhận cha, mẹ, con", UBX, [
    "#Người nhận",
    "Họ, chữ đệm, tên; ngày, tháng, năm sinh",
    "Dân tộc; Quốc tịch; Nơi cư trú",
    "Giấy tờ tùy thân",
    "#Người được nhận",
    "Họ, chữ đệm, tên; ngày, tháng, năm sinh",
    "Dân tộc; Quốc tịch; Nơi cư trú",
    "Giấy tờ tùy thân/Giấy khai sinh",
    "Quan hệ giữa người nhận và người được nhận",
], intro="Đề nghị cơ quan công nhận người có tên dưới đây là (cha/mẹ/con) ……………… của người được nhận.",
   pledge="Tôi cam đoan việc nhận cha, mẹ, con nêu trên là đúng sự thật, tự nguyện, không có "
   "tranh chấp và chịu trách nhiệm trước pháp luật về lời cam đoan của mình.")

T("to-khai-cap-giay-xac-nhan-tinh-trang-hon-nhan", "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", UBX, [
    *PERSON[:4],
    "Quan hệ với người được cấp Giấy xác nhận",
    "#Người được cấp Giấy xác nhận",
    "Họ, chữ đệm, tên; ngày, tháng, năm sinh; giới tính",
    "Dân tộc; Quốc tịch; Số định danh cá nhân",
    "Nơi cư trú",
    "Trong thời gian cư trú tại (ghi địa chỉ và thời gian)",
    "Tình trạng hôn nhân",
    "Mục đích sử dụng Giấy xác nhận",
    "=Số lượng Giấy xác nhận đề nghị cấp: …… bản",
])

T("to-khai-thay-doi-cai-chinh-bo-sung-ho-tich",
  "Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc", UBX, [
    *PERSON[:4],
    "Quan hệ với người được thay đổi, cải chính, bổ sung hộ tịch",
    "#Người được thay đổi, cải chính, bổ sung hộ tịch",
    "Họ, chữ đệm, tên; ngày, tháng, năm sinh",
    "Số định danh cá nhân; Nơi cư trú",
    "Giấy tờ hộ tịch đã cấp (loại, số, ngày cấp, cơ quan cấp)",
    "Nội dung đề nghị thay đổi, cải chính, bổ sung: từ",
    "thành",
    "Lý do",
])

T("to-khai-dang-ky-giam-ho", "Tờ khai đăng ký giám hộ", UBX, [
    "#Người giám hộ",
    "Họ, chữ đệm, tên; ngày, tháng, năm sinh",
    "Giấy tờ tùy thân; Nơi cư trú",
    "#Người được giám hộ",
    "Họ, chữ đệm, tên; ngày, tháng, năm sinh",
    "Số định danh cá nhân; Nơi cư trú",
    "Căn cứ xác lập việc giám hộ (giám hộ đương nhiên/giám hộ cử)",
], intro="Đề nghị cơ quan đăng ký việc giám hộ giữa những người có tên dưới đây:")

T("to-khai-cap-ban-sao-trich-luc-ho-tich", "Tờ khai cấp bản sao trích lục hộ tịch", UBX, [
    *PERSON[:4],
    "Quan hệ với người được cấp bản sao trích lục",
    "Họ, chữ đệm, tên người được cấp bản sao",
    "Ngày, tháng, năm sinh; Số định danh cá nhân",
    "Loại việc hộ tịch đã đăng ký (khai sinh/kết hôn/khai tử/…)",
    "Số, quyển số, ngày đăng ký; cơ quan đã đăng ký",
    "=Số lượng bản sao đề nghị cấp: …… bản",
])

T("to-khai-dang-ky-lai-khai-sinh", "Tờ khai đăng ký lại khai sinh", UBX, [
    *PERSON[:4],
    "Quan hệ với người được đăng ký lại khai sinh",
    "Họ, chữ đệm, tên người được đăng ký lại khai sinh",
    "Ngày, tháng, năm sinh; Giới tính; Dân tộc; Quốc tịch",
    "Nơi sinh; Quê quán",
    "Họ, chữ đệm, tên cha; họ, chữ đệm, tên mẹ",
    "Đã đăng ký khai sinh tại (cơ quan, năm đăng ký)",
    "Lý do đăng ký lại",
])

# Chứng thực, lý lịch tư pháp, quốc tịch, trợ giúp pháp lý
T("phieu-yeu-cau-chung-thuc", "Phiếu yêu cầu chứng thực hợp đồng, giao dịch",
  "Ủy ban nhân dân xã/phường/đặc khu ……………………………", [
    "Họ, chữ đệm, tên người yêu cầu chứng thực",
    "Giấy tờ tùy thân (loại, số, ngày cấp)",
    "Địa chỉ liên hệ; Số điện thoại",
    "Tên hợp đồng, giao dịch đề nghị chứng thực",
    "Tài sản là đối tượng của hợp đồng, giao dịch",
    "Các giấy tờ nộp kèm theo",
    "=Số bản chính cần chứng thực: …… bản",
], intro="Đề nghị chứng thực hợp đồng, giao dịch với các thông tin sau:",
   pledge="Tôi cam đoan các giấy tờ nộp kèm theo phiếu này là đúng sự thật và chịu trách nhiệm "
   "trước pháp luật về nội dung, tính hợp lệ, hợp pháp của hợp đồng, giao dịch.")

T("to-khai-yeu-cau-cap-phieu-ly-lich-tu-phap", "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp",
  "Sở Tư pháp tỉnh Khánh Hòa", [
    "Họ, chữ đệm, tên; Giới tính",
    "Tên gọi khác (nếu có)",
    "Ngày, tháng, năm sinh; Nơi sinh",
    "Quốc tịch; Dân tộc",
    "Số định danh cá nhân/Hộ chiếu",
    "Nơi thường trú; Nơi tạm trú",
    "Họ tên cha; họ tên mẹ; họ tên vợ/chồng",
    "#Quá trình cư trú của bản thân (từ đủ 14 tuổi)",
    "Từ tháng, năm … đến tháng, năm …; nơi cư trú; nghề nghiệp, nơi làm việc",
    "=Loại Phiếu đề nghị cấp: ☐ Phiếu số 1   ☐ Phiếu số 2",
    "=Yêu cầu xác nhận về việc cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp tác xã: ☐ Có   ☐ Không",
    "Số lượng Phiếu yêu cầu cấp",
])

T("van-ban-yeu-cau-cung-cap-thong-tin-lltp",
  "Văn bản yêu cầu cung cấp thông tin lý lịch tư pháp", "Sở Tư pháp tỉnh Khánh Hòa", [
    "Tên cơ quan, tổ chức yêu cầu",
    "Địa chỉ; Điện thoại",
    "#Thông tin người được yêu cầu cấp Phiếu",
    "Họ, chữ đệm, tên; Giới tính; Ngày, tháng, năm sinh",
    "Nơi sinh; Quốc tịch; Số định danh cá nhân",
    "Nơi thường trú; Nơi tạm trú",
    "Họ tên cha; họ tên mẹ",
    "Mục đích yêu cầu cấp Phiếu lý lịch tư pháp",
], pledge="", signer="THỦ TRƯỞNG CƠ QUAN, TỔ CHỨC", sign="(Ký, ghi rõ họ tên, đóng dấu)")

T("don-xin-nhap-quoc-tich-viet-nam", "Đơn xin nhập quốc tịch Việt Nam",
  "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam", [
    "Họ, chữ đệm, tên; Giới tính",
    "Ngày, tháng, năm sinh; Nơi sinh",
    "Quốc tịch hiện nay",
    "Số Hộ chiếu/Giấy tờ thay thế; ngày cấp; cơ quan cấp",
    "Nơi thường trú tại Việt Nam (từ năm … đến nay)",
    "Nghề nghiệp; Nơi làm việc",
    "Tên gọi Việt Nam đề nghị được dùng",
    "Lý do xin nhập quốc tịch Việt Nam",
    "=Xin giữ quốc tịch nước ngoài: ☐ Có   ☐ Không",
], pledge="Tôi xin cam đoan những lời khai trên đây là đúng sự thật; nếu được nhập quốc tịch "
   "Việt Nam, tôi xin trung thành với Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam, tuân thủ "
   "Hiến pháp và pháp luật Việt Nam.", signer="NGƯỜI LÀM ĐƠN")

T("to-khai-xac-nhan-co-quoc-tich-viet-nam", "Tờ khai đề nghị xác nhận có quốc tịch Việt Nam",
  "Sở Tư pháp tỉnh Khánh Hòa", [
    "Họ, chữ đệm, tên; Giới tính",
    "Ngày, tháng, năm sinh; Nơi sinh",
    "Nơi cư trú hiện nay",
    "Giấy tờ tùy thân/Hộ chiếu",
    "Giấy tờ chứng minh có quốc tịch Việt Nam kèm theo",
    "Mục đích đề nghị xác nhận",
])

T("don-yeu-cau-tro-giup-phap-ly", "Đơn yêu cầu trợ giúp pháp lý",
  "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Khánh Hòa", [
    "Họ, chữ đệm, tên người được trợ giúp pháp lý",
    "Ngày, tháng, năm sinh; Giới tính",
    "Số định danh cá nhân; Nơi cư trú",
    "Số điện thoại",
    "Thuộc diện người được trợ giúp pháp lý (người có công, hộ nghèo, trẻ em, …)",
    "Tóm tắt nội dung vụ việc",
    "Nội dung yêu cầu trợ giúp pháp lý",
], signer="NGƯỜI YÊU CẦU TRỢ GIÚP PHÁP LÝ")

# Xây dựng, nhà ở
T("don-de-nghi-cap-giay-phep-xay-dung", "Đơn đề nghị cấp giấy phép xây dựng",
  "Cơ quan cấp giấy phép xây dựng ……………………………", [
    "Tên chủ đầu tư (chủ hộ)",
    "Người đại diện; Chức vụ (nếu có)",
    "Địa chỉ liên hệ; Số điện thoại",
    "#Thông tin công trình",
    "Địa điểm xây dựng: lô đất số; diện tích (m²)",
    "Tại số nhà, đường/phố; xã/phường",
    "Loại công trình; Cấp công trình",
    "Diện tích xây dựng tầng 1 (tầng trệt) (m²)",
    "Tổng diện tích sàn (m²); Chiều cao công trình (m); Số tầng",
    "Đơn vị hoặc người chủ nhiệm thiết kế",
    "Dự kiến thời gian hoàn thành công trình (tháng)",
], intro="Đề nghị cấp giấy phép xây dựng: ☐ Mới   ☐ Sửa chữa, cải tạo   ☐ Có thời hạn   ☐ Di dời",
   pledge="Tôi xin cam đoan làm theo đúng giấy phép được cấp, nếu sai tôi xin hoàn toàn chịu "
   "trách nhiệm và bị xử lý theo quy định của pháp luật.", signer="NGƯỜI LÀM ĐƠN/ĐẠI DIỆN CHỦ ĐẦU TƯ")

T("don-de-nghi-dieu-chinh-gia-han-cap-lai-giay-phep-xay-dung",
  "Đơn đề nghị điều chỉnh, gia hạn, cấp lại giấy phép xây dựng",
  "Cơ quan cấp giấy phép xây dựng ……………………………", [
    "Tên chủ đầu tư",
    "Địa chỉ liên hệ; Số điện thoại",
    "Giấy phép xây dựng đã được cấp (số, ngày cấp, cơ quan cấp)",
    "Địa điểm xây dựng",
    "Nội dung đề nghị: ☐ điều chỉnh ☐ gia hạn ☐ cấp lại",
    "Nội dung điều chỉnh/thời gian gia hạn",
    "Lý do",
], pledge="Tôi xin cam đoan làm theo đúng giấy phép được cấp, nếu sai tôi xin hoàn toàn chịu "
   "trách nhiệm và bị xử lý theo quy định của pháp luật.", signer="NGƯỜI LÀM ĐƠN")

T("don-de-nghi-cap-chung-chi-hanh-nghe-hoat-dong-xay-dung",
  "Đơn đề nghị cấp chứng chỉ hành nghề hoạt động xây dựng", "Sở Xây dựng tỉnh Khánh Hòa", [
    *PERSON[:3],
    "Địa chỉ thường trú",
    "Trình độ chuyên môn; chuyên ngành đào tạo; cơ sở đào tạo; năm tốt nghiệp",
    "Đơn vị công tác",
    "Lĩnh vực đề nghị cấp chứng chỉ hành nghề",
    "Hạng chứng chỉ đề nghị cấp",
    "Quá trình hoạt động chuyên môn trong xây dựng",
    "=Hình thức đề nghị: ☐ Cấp lần đầu   ☐ Điều chỉnh hạng   ☐ Bổ sung lĩnh vực   ☐ Cấp lại",
], signer="NGƯỜI LÀM ĐƠN")

T("don-de-nghi-xac-nhan-dieu-kien-nha-o-xa-hoi",
  "Mẫu giấy tờ chứng minh điều kiện về nhà ở để hưởng chính sách hỗ trợ về nhà ở xã hội", UBX, [
    *PERSON[:4],
    "Họ, chữ đệm, tên vợ/chồng; số định danh cá nhân",
    "Thuộc đối tượng (theo Điều 76 Luật Nhà ở)",
    "Thực trạng nhà ở hiện nay của hộ gia đình tại tỉnh",
    "Diện tích nhà ở bình quân đầu người (m²/người)",
], intro="Đề nghị Ủy ban nhân dân xác nhận điều kiện về nhà ở của tôi và hộ gia đình như sau:",
   signer="NGƯỜI KÊ KHAI")

# Doanh nghiệp, hộ kinh doanh, đầu tư
T("giay-de-nghi-dang-ky-doanh-nghiep-tu-nhan", "Giấy đề nghị đăng ký doanh nghiệp tư nhân",
  "Phòng Đăng ký kinh doanh - Sở Tài chính tỉnh Khánh Hòa", [
    "Họ, chữ đệm, tên chủ doanh nghiệp tư nhân",
    "Ngày, tháng, năm sinh; Giới tính; Quốc tịch; Dân tộc",
    "Số định danh cá nhân; Địa chỉ liên lạc",
    "#Thông tin doanh nghiệp",
    "Tên doanh nghiệp viết bằng tiếng Việt",
    "Tên doanh nghiệp viết bằng tiếng nước ngoài; tên viết tắt (nếu có)",
    "Địa chỉ trụ sở chính",
    "Ngành, nghề kinh doanh (ghi tên và mã ngành cấp 4)",
    "Vốn đầu tư của chủ doanh nghiệp tư nhân (bằng số; bằng chữ)",
    "Thông tin đăng ký thuế (kế toán trưởng, địa chỉ nhận thông báo thuế, …)",
], intro="Đăng ký doanh nghiệp tư nhân do tôi làm chủ với các nội dung sau:",
   pledge=PLEDGE_ORG, signer="CHỦ DOANH NGHIỆP TƯ NHÂN", sign=SIGN)

T("giay-de-nghi-dang-ky-cong-ty-tnhh", "Giấy đề nghị đăng ký công ty trách nhiệm hữu hạn",
  "Phòng Đăng ký kinh doanh - Sở Tài chính tỉnh Khánh Hòa", [
    "Tình trạng thành lập (mới/trên cơ sở tách, chia, hợp nhất, chuyển đổi)",
    "Tên công ty viết bằng tiếng Việt",
    "Tên công ty viết bằng tiếng nước ngoài; tên viết tắt (nếu có)",
    "Địa chỉ trụ sở chính",
    "Ngành, nghề kinh doanh (ghi tên và mã ngành cấp 4)",
    "Vốn điều lệ (bằng số; bằng chữ; giá trị tương đương ngoại tệ nếu có)",
    "Nguồn vốn điều lệ",
    "Người đại diện theo pháp luật (họ tên, chức danh, số định danh cá nhân)",
    "Thông tin đăng ký thuế",
    "=Loại hình: ☐ Một thành viên   ☐ Hai thành viên trở lên",
], pledge=PLEDGE_ORG, signer="NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT CỦA CÔNG TY", sign=SIGN)

T("giay-de-nghi-dang-ky-cong-ty-co-phan", "Giấy đề nghị đăng ký công ty cổ phần",
  "Phòng Đăng ký kinh doanh - Sở Tài chính tỉnh Khánh Hòa", [
    "Tên công ty viết bằng tiếng Việt",
    "Tên công ty viết bằng tiếng nước ngoài; tên viết tắt (nếu có)",
    "Địa chỉ trụ sở chính",
    "Ngành, nghề kinh doanh (ghi tên và mã ngành cấp 4)",
    "Vốn điều lệ; mệnh giá cổ phần; tổng số cổ phần",
    "Số cổ phần được quyền chào bán; loại cổ phần",
    "Người đại diện theo pháp luật (họ tên, chức danh, số định danh cá nhân)",
    "Thông tin đăng ký thuế",
], pledge=PLEDGE_ORG, signer="NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT CỦA CÔNG TY", sign=SIGN)

T("thong-bao-thay-doi-noi-dung-dang-ky-doanh-nghiep",
  "Thông báo thay đổi nội dung đăng ký doanh nghiệp",
  "Phòng Đăng ký kinh doanh - Sở Tài chính tỉnh Khánh Hòa", [
    "Tên doanh nghiệp (ghi bằng chữ in hoa)",
    "Mã số doanh nghiệp/Mã số thuế",
    "Nội dung đăng ký thay đổi (trụ sở chính/người đại diện theo pháp luật/vốn điều lệ/ngành, nghề kinh doanh/…)",
    "Thông tin trước khi thay đổi",
    "Thông tin sau khi thay đổi",
    "Ngày có hiệu lực của nội dung thay đổi",
], pledge=PLEDGE_ORG, signer="NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT CỦA DOANH NGHIỆP", sign=SIGN)

T("thong-bao-tam-ngung-kinh-doanh",
  "Thông báo về việc tạm ngừng kinh doanh/tiếp tục kinh doanh trước thời hạn đã thông báo",
  "Cơ quan đăng ký kinh doanh ……………………………", [
    "Tên doanh nghiệp/hộ kinh doanh",
    "Mã số doanh nghiệp/Mã số hộ kinh doanh",
    "Đơn vị tạm ngừng (doanh nghiệp/chi nhánh/văn phòng đại diện/địa điểm kinh doanh)",
    "Thời gian tạm ngừng: từ ngày … đến ngày …",
    "Thời gian tiếp tục kinh doanh trước thời hạn (nếu có)",
    "Lý do",
], pledge=PLEDGE_ORG, signer="NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT/CHỦ HỘ KINH DOANH", sign=SIGN)

T("giay-de-nghi-dang-ky-ho-kinh-doanh", "Giấy đề nghị đăng ký hộ kinh doanh", UBX, [
    "Họ, chữ đệm, tên chủ hộ kinh doanh",
    "Ngày, tháng, năm sinh; Giới tính; Dân tộc; Quốc tịch",
    "Số định danh cá nhân; Địa chỉ liên lạc",
    "Tên hộ kinh doanh",
    "Địa chỉ trụ sở hộ kinh doanh; Điện thoại; Thư điện tử",
    "Ngành, nghề kinh doanh",
    "Vốn kinh doanh (bằng số; bằng chữ)",
    "Số lượng lao động (dự kiến)",
    "Thông tin về các thành viên hộ gia đình tham gia thành lập hộ kinh doanh (nếu có)",
], pledge="Tôi cam kết bản thân không thuộc trường hợp bị cấm thành lập hộ kinh doanh theo quy "
   "định và chịu trách nhiệm trước pháp luật về tính hợp pháp, chính xác, trung thực của nội "
   "dung đăng ký trên.", signer="CHỦ HỘ KINH DOANH")

T("thong-bao-thay-doi-noi-dung-dang-ky-ho-kinh-doanh",
  "Thông báo thay đổi nội dung đăng ký hộ kinh doanh", UBX, [
    "Tên hộ kinh doanh",
    "Mã số hộ kinh doanh/Mã số thuế",
    "Họ, chữ đệm, tên chủ hộ kinh doanh",
    "Nội dung thay đổi (tên/địa chỉ/ngành nghề/vốn/chủ hộ kinh doanh)",
    "Thông tin sau khi thay đổi",
], pledge="Tôi cam kết chịu trách nhiệm trước pháp luật về tính hợp pháp, chính xác, trung thực "
   "của nội dung thông báo trên.", signer="CHỦ HỘ KINH DOANH")

T("van-ban-de-nghi-thuc-hien-du-an-dau-tu", "Văn bản đề nghị thực hiện dự án đầu tư",
  "Cơ quan đăng ký đầu tư ……………………………", [
    "Nhà đầu tư (tên, mã số doanh nghiệp/số định danh, địa chỉ, quốc tịch)",
    "Tên dự án đầu tư",
    "Mục tiêu; Quy mô đầu tư",
    "Địa điểm thực hiện dự án; Diện tích đất sử dụng (m²)",
    "Tổng vốn đầu tư; vốn góp của nhà đầu tư; vốn huy động",
    "Thời hạn hoạt động của dự án",
    "Tiến độ thực hiện dự án",
    "Đề xuất ưu đãi, hỗ trợ đầu tư (nếu có)",
], pledge=PLEDGE_ORG, signer="NHÀ ĐẦU TƯ", sign=SIGN_ORG)

# Đất đai
T("don-dang-ky-dat-dai", "Đơn đăng ký đất đai, tài sản gắn liền với đất", UBX, [
    "Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất (họ tên, năm sinh, số định danh)",
    "Địa chỉ",
    "#Thửa đất đăng ký",
    "Thửa đất số; Tờ bản đồ số",
    "Địa chỉ thửa đất",
    "Diện tích (m²); Sử dụng chung (m²); Sử dụng riêng (m²)",
    "Mục đích sử dụng; Thời hạn sử dụng",
    "Nguồn gốc sử dụng đất",
    "Tài sản gắn liền với đất (loại, diện tích xây dựng, diện tích sàn)",
    "=Đề nghị: ☐ Đăng ký đất đai   ☐ Cấp Giấy chứng nhận",
], signer="NGƯỜI VIẾT ĐƠN")

T("don-dang-ky-bien-dong-dat-dai", "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất",
  "Văn phòng Đăng ký đất đai tỉnh Khánh Hòa", [
    "Người sử dụng đất, chủ sở hữu tài sản (họ tên, số định danh, địa chỉ)",
    "Giấy chứng nhận đã cấp (số vào sổ cấp GCN; số phát hành; ngày cấp)",
    "Thửa đất số; Tờ bản đồ số; Địa chỉ thửa đất",
    "Nội dung biến động: trước khi biến động",
    "sau khi biến động",
    "Lý do biến động",
    "Giấy tờ liên quan nộp kèm theo",
    "=Đề nghị cấp Giấy chứng nhận mới: ☐ Có   ☐ Không",
], signer="NGƯỜI VIẾT ĐƠN")

T("don-de-nghi-chuyen-muc-dich-su-dung-dat", "Đơn đề nghị chuyển mục đích sử dụng đất",
  "Ủy ban nhân dân ……………………………", [
    "Người đề nghị (họ tên, số định danh cá nhân, địa chỉ)",
    "Địa điểm khu đất; Thửa đất số; Tờ bản đồ số",
    "Diện tích đất đề nghị chuyển mục đích (m²)",
    "Giấy chứng nhận đã cấp (số, ngày cấp)",
    "Mục đích sử dụng đất hiện tại",
    "Mục đích sử dụng đất đề nghị chuyển sang",
    "Thời hạn sử dụng đất",
], pledge="Tôi cam kết sử dụng đất đúng mục đích, chấp hành đúng các quy định của pháp luật đất "
   "đai, nộp tiền sử dụng đất (nếu có) đầy đủ, đúng hạn.", signer="NGƯỜI LÀM ĐƠN")

T("don-de-nghi-hoa-giai-tranh-chap-dat-dai", "Đơn đề nghị hòa giải tranh chấp đất đai", UBX, [
    *PERSON[:4],
    "Họ, chữ đệm, tên, địa chỉ người có tranh chấp với mình",
    "Thửa đất tranh chấp: thửa số; tờ bản đồ số; địa chỉ; diện tích",
    "Nguồn gốc, quá trình sử dụng đất",
    "Nội dung tranh chấp",
    "Yêu cầu hòa giải",
], signer="NGƯỜI LÀM ĐƠN")

T("phieu-yeu-cau-dang-ky-the-chap",
  "Phiếu yêu cầu đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất",
  "Văn phòng Đăng ký đất đai tỉnh Khánh Hòa", [
    "#Bên bảo đảm",
    "Tên/Họ, chữ đệm, tên; địa chỉ; số định danh/mã số doanh nghiệp",
    "#Bên nhận bảo đảm",
    "Tên; địa chỉ; mã số doanh nghiệp",
    "#Tài sản thế chấp",
    "Quyền sử dụng đất: thửa đất số; tờ bản đồ số; địa chỉ; diện tích",
    "Số phát hành Giấy chứng nhận; số vào sổ cấp GCN",
    "Tài sản gắn liền với đất (nếu có)",
    "Hợp đồng thế chấp số; ngày ký",
], pledge="Các bên cam đoan những thông tin được kê khai trên phiếu này là trung thực, đầy đủ, "
   "phù hợp với thỏa thuận của các bên.", signer="BÊN BẢO ĐẢM|BÊN NHẬN BẢO ĐẢM", sign=SIGN_ORG)

# Giao thông
T("don-de-nghi-doi-cap-lai-giay-phep-lai-xe", "Đơn đề nghị đổi, cấp lại giấy phép lái xe",
  "Phòng Cảnh sát giao thông - Công an tỉnh Khánh Hòa", [
    *PERSON[:4],
    "Giấy phép lái xe đã được cấp: số; hạng; ngày cấp; cơ quan cấp",
    "Lý do đề nghị: ☐ hết hạn ☐ hư hỏng ☐ mất ☐ đổi sang GPLX mới",
    "Hạng giấy phép lái xe đề nghị đổi/cấp lại",
], signer="NGƯỜI LÀM ĐƠN")

T("giay-de-nghi-cap-giay-phep-kinh-doanh-van-tai",
  "Giấy đề nghị cấp, cấp lại giấy phép kinh doanh vận tải bằng xe ô tô",
  "Sở Xây dựng tỉnh Khánh Hòa", [
    *ORG,
    "Số Giấy chứng nhận đăng ký kinh doanh; ngày cấp; cơ quan cấp",
    "Loại hình kinh doanh vận tải đề nghị (tuyến cố định/xe buýt/taxi/hợp đồng/du lịch/hàng hóa)",
    "Lý do cấp lại (nếu có)",
], pledge=PLEDGE_ORG, signer="ĐẠI DIỆN ĐƠN VỊ KINH DOANH VẬN TẢI", sign=SIGN_ORG)

# Xã hội, người có công, lao động
T("to-khai-de-nghi-tro-giup-xa-hoi", "Tờ khai đề nghị trợ giúp xã hội", UBX, [
    "#Thông tin của đối tượng",
    "Họ, chữ đệm, tên; Ngày, tháng, năm sinh; Giới tính",
    "Số định danh cá nhân; Dân tộc",
    "Nơi cư trú",
    "Thuộc đối tượng (trẻ em mồ côi, người cao tuổi, người khuyết tật, …)",
    "Tình trạng khuyết tật, dạng tật, mức độ (nếu có)",
    "Đang hưởng chế độ nào sau đây: lương hưu/trợ cấp BHXH/trợ cấp ưu đãi người có công/khác",
    "#Thông tin người khai thay (nếu có)",
    "Họ, chữ đệm, tên; quan hệ với đối tượng",
    "=Hình thức nhận trợ cấp: ☐ Trực tiếp   ☐ Qua tài khoản số: ……………",
], signer="NGƯỜI KHAI")

T("don-de-nghi-xac-dinh-muc-do-khuyet-tat", "Đơn đề nghị xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật", UBX, [
    "Họ, chữ đệm, tên người khuyết tật; Ngày, tháng, năm sinh; Giới tính",
    "Số định danh cá nhân; Nơi cư trú",
    "Họ, chữ đệm, tên người đại diện hợp pháp (nếu có); quan hệ",
    "Dạng khuyết tật (vận động, nghe nói, nhìn, thần kinh tâm thần, trí tuệ, khác)",
    "Giấy tờ liên quan đến khuyết tật kèm theo (nếu có)",
    "=Đề nghị: ☐ Xác định   ☐ Xác định lại   ☐ Đổi   ☐ Cấp lại Giấy xác nhận khuyết tật",
], signer="NGƯỜI VIẾT ĐƠN")

T("to-khai-de-nghi-ho-tro-chi-phi-mai-tang", "Tờ khai đề nghị hỗ trợ chi phí mai táng", UBX, [
    "#Thông tin người chết",
    "Họ, chữ đệm, tên; Ngày, tháng, năm sinh; Giới tính",
    "Nơi cư trú trước khi chết",
    "Ngày, tháng, năm chết; nguyên nhân chết",
    "Thuộc đối tượng (đang hưởng trợ cấp xã hội hằng tháng/người cao tuổi/…)",
    "#Thông tin người đứng ra tổ chức mai táng",
    "Họ, chữ đệm, tên; số định danh cá nhân; quan hệ với người chết",
    "Nơi cư trú; số điện thoại",
], signer="NGƯỜI KHAI")

T("giay-de-nghi-xet-duyet-ho-ngheo", "Giấy đề nghị xét duyệt hộ nghèo, hộ cận nghèo", UBX, [
    "Họ, chữ đệm, tên chủ hộ; Ngày, tháng, năm sinh",
    "Số định danh cá nhân; Nơi cư trú (thôn/tổ dân phố)",
    "Số nhân khẩu trong hộ",
    "Lý do đề nghị (thu nhập thấp, thiếu hụt dịch vụ xã hội cơ bản, biến cố rủi ro, …)",
    "=Đề nghị: ☐ Xét duyệt hộ nghèo   ☐ Hộ cận nghèo   ☐ Hộ thoát nghèo   ☐ Hộ thoát cận nghèo",
], signer="CHỦ HỘ")

T("ban-khai-de-nghi-huong-che-do-nguoi-co-cong",
  "Bản khai đề nghị giải quyết chế độ ưu đãi người có công với cách mạng và thân nhân",
  "Ủy ban nhân dân xã/phường/đặc khu ……………………………", [
    *PERSON[:4],
    "Quan hệ với người có công/liệt sĩ",
    "#Thông tin người có công/liệt sĩ",
    "Họ, chữ đệm, tên; năm sinh; quê quán",
    "Diện ưu đãi (liệt sĩ, thương binh, bệnh binh, người hoạt động kháng chiến, …)",
    "Số Giấy chứng nhận/Bằng Tổ quốc ghi công; ngày cấp",
    "Chế độ đề nghị giải quyết",
], signer="NGƯỜI KHAI")

T("don-de-nghi-tham-vieng-di-chuyen-hai-cot-liet-si",
  "Đơn đề nghị thăm viếng mộ liệt sĩ, di chuyển hài cốt liệt sĩ", UBX, [
    *PERSON[:4],
    "Quan hệ với liệt sĩ",
    "Họ, chữ đệm, tên liệt sĩ; năm sinh; quê quán",
    "Số Bằng Tổ quốc ghi công; ngày cấp",
    "Nơi an táng liệt sĩ hiện nay (nghĩa trang, địa chỉ)",
    "Nơi đề nghị di chuyển hài cốt đến (nếu có)",
    "Số người đi thăm viếng (tối đa 03 người)",
], signer="NGƯỜI VIẾT ĐƠN")

T("de-nghi-huong-tro-cap-that-nghiep", "Đề nghị hưởng trợ cấp thất nghiệp",
  "Trung tâm Dịch vụ việc làm tỉnh Khánh Hòa", [
    *PERSON[:3],
    "Số sổ bảo hiểm xã hội",
    "Nơi cư trú; Số điện thoại",
    "Đã đóng bảo hiểm thất nghiệp …… tháng",
    "Ngày, tháng, năm chấm dứt hợp đồng lao động/hợp đồng làm việc; lý do",
    "Tên đơn vị làm việc trước khi thất nghiệp",
    "Số tài khoản ngân hàng nhận trợ cấp",
    "Nơi đề nghị nhận trợ cấp thất nghiệp",
], signer="NGƯỜI ĐỀ NGHỊ")

T("van-ban-de-nghi-cap-giay-phep-lao-dong",
  "Văn bản đề nghị cấp, gia hạn, cấp lại giấy phép lao động cho người lao động nước ngoài",
  "Sở Nội vụ tỉnh Khánh Hòa", [
    *ORG[:4],
    "#Người lao động nước ngoài",
    "Họ và tên; Giới tính; Ngày sinh; Quốc tịch",
    "Số hộ chiếu; ngày hết hạn",
    "Vị trí công việc; Chức danh công việc",
    "Hình thức làm việc; Địa điểm làm việc",
    "Thời hạn làm việc: từ ngày … đến ngày …",
    "=Đề nghị: ☐ Cấp mới   ☐ Gia hạn   ☐ Cấp lại",
], pledge=PLEDGE_ORG, signer="ĐẠI DIỆN NGƯỜI SỬ DỤNG LAO ĐỘNG", sign=SIGN_ORG)

# Y tế
T("don-de-nghi-cap-giay-phep-hanh-nghe-kcb",
  "Đơn đề nghị cấp mới, cấp lại, gia hạn giấy phép hành nghề khám bệnh, chữa bệnh",
  "Sở Y tế tỉnh Khánh Hòa", [
    *PERSON[:3],
    "Địa chỉ cư trú; Điện thoại; Thư điện tử",
    "Văn bằng chuyên môn (tên văn bằng, cơ sở đào tạo, năm tốt nghiệp)",
    "Chức danh chuyên môn đề nghị cấp (bác sĩ/y sĩ/điều dưỡng/hộ sinh/kỹ thuật y/…)",
    "Phạm vi hành nghề đề nghị",
    "Giấy phép hành nghề đã cấp (số, ngày cấp) – nếu đề nghị cấp lại, gia hạn",
], signer="NGƯỜI LÀM ĐƠN")

T("don-de-nghi-cap-giay-phep-hoat-dong-kcb",
  "Đơn đề nghị cấp mới giấy phép hoạt động cơ sở khám bệnh, chữa bệnh", "Sở Y tế tỉnh Khánh Hòa", [
    "Tên cơ sở khám bệnh, chữa bệnh",
    "Địa điểm hoạt động; Điện thoại; Thư điện tử",
    "Hình thức tổ chức (phòng khám đa khoa/phòng khám chuyên khoa/…)",
    "Người chịu trách nhiệm chuyên môn kỹ thuật (họ tên, số giấy phép hành nghề)",
    "Phạm vi hoạt động chuyên môn đề nghị",
    "Thời gian làm việc hằng ngày",
], pledge=PLEDGE_ORG, signer="NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT", sign=SIGN_ORG)

T("don-de-nghi-cap-chung-chi-hanh-nghe-duoc", "Đơn đề nghị cấp Chứng chỉ hành nghề dược",
  "Sở Y tế tỉnh Khánh Hòa", [
    *PERSON[:3],
    "Địa chỉ thường trú; Điện thoại",
    "Văn bằng chuyên môn (tên, cơ sở đào tạo, năm tốt nghiệp)",
    "Thời gian thực hành chuyên môn; cơ sở thực hành",
    "Vị trí hành nghề đề nghị (chịu trách nhiệm chuyên môn nhà thuốc, quầy thuốc, …)",
    "=Hình thức: ☐ Cấp lần đầu   ☐ Cấp lại   ☐ Điều chỉnh nội dung",
], signer="NGƯỜI LÀM ĐƠN")

T("don-de-nghi-cap-giay-chung-nhan-du-dieu-kien-kinh-doanh-duoc",
  "Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện kinh doanh dược", "Sở Y tế tỉnh Khánh Hòa", [
    "Tên cơ sở; Địa chỉ trụ sở",
    "Địa điểm kinh doanh; Điện thoại",
    "Loại hình cơ sở (nhà thuốc/quầy thuốc/tủ thuốc trạm y tế xã)",
    "Người chịu trách nhiệm chuyên môn về dược (họ tên, số Chứng chỉ hành nghề dược)",
    "Phạm vi kinh doanh đề nghị",
    "=Đề nghị đánh giá đáp ứng Thực hành tốt cơ sở bán lẻ thuốc (GPP): ☐ Có",
], pledge=PLEDGE_ORG, signer="NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT", sign=SIGN_ORG)

T("don-de-nghi-cap-giay-chung-nhan-attp",
  "Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
  "Cơ quan cấp Giấy chứng nhận ……………………………", [
    "Tên cơ sở sản xuất, kinh doanh",
    "Chủ cơ sở/Người đại diện theo pháp luật",
    "Địa chỉ cơ sở sản xuất, kinh doanh; Điện thoại",
    "Số Giấy chứng nhận đăng ký doanh nghiệp/hộ kinh doanh",
    "Loại hình sản xuất, kinh doanh",
    "Nhóm sản phẩm thực phẩm sản xuất, kinh doanh",
    "Số lượng người lao động; số người đã được xác nhận kiến thức an toàn thực phẩm",
    "=Đề nghị: ☐ Cấp mới   ☐ Cấp lại",
], pledge=PLEDGE_ORG, signer="ĐẠI DIỆN CƠ SỞ", sign=SIGN_ORG)

# Công Thương
T("don-de-nghi-cap-giay-phep-kinh-doanh-ruou",
  "Đơn đề nghị cấp Giấy phép sản xuất, bán buôn, bán lẻ sản phẩm rượu",
  "Cơ quan cấp giấy phép ……………………………", [
    "Tên thương nhân",
    "Địa chỉ trụ sở chính; Điện thoại",
    "Giấy chứng nhận đăng ký doanh nghiệp/hộ kinh doanh số; ngày cấp",
    "Địa điểm kinh doanh",
    "Loại giấy phép đề nghị (sản xuất rượu thủ công/bán buôn/bán lẻ)",
    "Tên nhà cung cấp/hệ thống phân phối",
    "Sản lượng (lít/năm) – đối với sản xuất rượu thủ công",
], pledge=PLEDGE_ORG, signer="NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT", sign=SIGN_ORG)

T("don-de-nghi-cap-giay-phep-kinh-doanh-thuoc-la",
  "Đơn đề nghị cấp Giấy phép bán buôn, bán lẻ sản phẩm thuốc lá",
  "Cơ quan cấp giấy phép ……………………………", [
    "Tên thương nhân",
    "Địa chỉ trụ sở chính; Điện thoại",
    "Giấy chứng nhận đăng ký doanh nghiệp/hộ kinh doanh số; ngày cấp",
    "Địa điểm kinh doanh",
    "Loại giấy phép đề nghị (bán buôn/bán lẻ)",
    "Tên thương nhân cung cấp sản phẩm thuốc lá",
], pledge=PLEDGE_ORG, signer="NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT", sign=SIGN_ORG)

# Giáo dục
T("don-xin-chuyen-truong", "Đơn xin chuyển trường", "Hiệu trưởng trường ……………………………", [
    "Họ, chữ đệm, tên cha/mẹ hoặc người giám hộ",
    "Nơi cư trú; Số điện thoại",
    "Họ, chữ đệm, tên học sinh; Ngày, tháng, năm sinh",
    "Mã định danh học sinh",
    "Hiện đang học lớp; Trường; Năm học",
    "Xin chuyển đến học lớp; tại trường",
    "Lý do chuyển trường",
], intro="", signer="CHA/MẸ HOẶC NGƯỜI GIÁM HỘ")

T("don-de-nghi-cap-ban-sao-van-bang", "Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
  "Sở Giáo dục và Đào tạo tỉnh Khánh Hòa", [
    *PERSON[:4],
    "Tên văn bằng, chứng chỉ đề nghị cấp bản sao",
    "Khóa thi/Năm tốt nghiệp; Hội đồng thi/Trường",
    "Số hiệu, số vào sổ cấp văn bằng (nếu nhớ)",
    "Số lượng bản sao đề nghị cấp",
    "Lý do",
], signer="NGƯỜI ĐỀ NGHỊ")

T("to-trinh-de-nghi-cho-phep-hoat-dong-giao-duc",
  "Tờ trình đề nghị thành lập, cho phép hoạt động giáo dục", "Cơ quan có thẩm quyền ……………………………", [
    "Tên cơ sở giáo dục/trung tâm đề nghị",
    "Địa chỉ trụ sở; Điện thoại; Thư điện tử",
    "Tổ chức, cá nhân đề nghị (tên, địa chỉ, người đại diện)",
    "Sự cần thiết; mục tiêu, nhiệm vụ",
    "Quy mô (số nhóm, lớp, học viên dự kiến)",
    "Đội ngũ cán bộ quản lý, giáo viên",
    "Cơ sở vật chất, thiết bị",
], pledge=PLEDGE_ORG, signer="NGƯỜI ĐẠI DIỆN TỔ CHỨC, CÁ NHÂN ĐỀ NGHỊ", sign=SIGN_ORG)

# Văn hóa, du lịch
T("don-de-nghi-cap-giay-phep-kinh-doanh-lu-hanh",
  "Đơn đề nghị cấp giấy phép kinh doanh dịch vụ lữ hành nội địa",
  "Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa", [
    *ORG,
    "Tên giao dịch; Tên viết tắt; Website",
    "Người phụ trách kinh doanh dịch vụ lữ hành (họ tên, chuyên ngành, văn bằng/chứng chỉ)",
    "Số tiền ký quỹ; Tên ngân hàng nhận ký quỹ",
], pledge=PLEDGE_ORG, signer="NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT", sign=SIGN_ORG)

T("don-de-nghi-cap-the-huong-dan-vien-du-lich", "Đơn đề nghị cấp, cấp đổi thẻ hướng dẫn viên du lịch",
  "Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa", [
    *PERSON[:3],
    "Địa chỉ liên hệ; Điện thoại; Thư điện tử",
    "Loại thẻ đề nghị (quốc tế/nội địa/tại điểm)",
    "Trình độ chuyên môn; ngoại ngữ sử dụng",
    "Chứng chỉ nghiệp vụ hướng dẫn du lịch (số, ngày cấp)",
    "Thẻ đã được cấp (số, ngày hết hạn) – trường hợp cấp đổi",
], signer="NGƯỜI ĐỀ NGHỊ")

T("don-de-nghi-cap-giay-phep-karaoke-vu-truong",
  "Đơn đề nghị cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke, dịch vụ vũ trường",
  "Cơ quan cấp giấy phép ……………………………", [
    "Tên doanh nghiệp/hộ kinh doanh",
    "Địa chỉ trụ sở; Điện thoại",
    "Giấy chứng nhận đăng ký doanh nghiệp/hộ kinh doanh số; ngày cấp",
    "Địa điểm kinh doanh",
    "Số lượng phòng; diện tích từng phòng (m²)",
    "Loại hình kinh doanh (karaoke/vũ trường)",
], pledge="Cam kết thực hiện đúng các quy định tại Nghị định số 54/2019/NĐ-CP và các quy định "
   "của pháp luật có liên quan.", signer="NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT", sign=SIGN_ORG)

T("van-ban-dang-ky-to-chuc-le-hoi", "Văn bản đăng ký, thông báo tổ chức lễ hội", UBX, [
    "Tên lễ hội",
    "Ban tổ chức (tên tổ chức, người đứng đầu)",
    "Thời gian tổ chức; Địa điểm tổ chức",
    "Quy mô, thành phần tham dự",
    "Nội dung phần lễ, phần hội",
    "Phương án bảo đảm an ninh, trật tự, an toàn, vệ sinh môi trường",
], pledge="", signer="TRƯỞNG BAN TỔ CHỨC", sign=SIGN_ORG)

# Thi đua, tôn giáo
T("to-trinh-de-nghi-khen-thuong", "Tờ trình đề nghị khen thưởng", "Cấp có thẩm quyền khen thưởng ……………………………", [
    "Cơ quan, đơn vị trình",
    "Hình thức khen thưởng đề nghị",
    "Danh sách cá nhân, tập thể, hộ gia đình đề nghị khen thưởng",
    "Tóm tắt thành tích",
    "Kết quả bình xét của Hội đồng Thi đua - Khen thưởng",
], pledge="", signer="THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", sign="(Ký, ghi rõ họ tên, đóng dấu)")

T("bao-cao-thanh-tich", "Báo cáo thành tích đề nghị khen thưởng", "Hội đồng Thi đua - Khen thưởng ……………………………", [
    "Tên cá nhân/tập thể đề nghị khen thưởng",
    "Chức vụ, đơn vị công tác (đối với cá nhân); địa chỉ (đối với tập thể)",
    "Chức năng, nhiệm vụ được giao",
    "Thành tích đạt được (kết quả thực hiện nhiệm vụ, sáng kiến, giải pháp)",
    "Các hình thức khen thưởng đã được ghi nhận",
], pledge="", signer="NGƯỜI BÁO CÁO THÀNH TÍCH", sign="(Ký, ghi rõ họ tên, đóng dấu nếu có)")

T("van-ban-dang-ky-sinh-hoat-ton-giao-tap-trung",
  "Văn bản đăng ký sinh hoạt tôn giáo tập trung/hoạt động tín ngưỡng", UBX, [
    "Họ, chữ đệm, tên người đại diện nhóm/cơ sở",
    "Ngày, tháng, năm sinh; Số định danh cá nhân; Nơi cư trú",
    "Tôn giáo/loại hình tín ngưỡng",
    "Tên nhóm sinh hoạt tôn giáo tập trung/cơ sở tín ngưỡng",
    "Địa điểm sinh hoạt (địa chỉ, chủ sở hữu hợp pháp)",
    "Số lượng người tham gia",
    "Nội dung, thời gian, hình thức sinh hoạt",
], pledge="Chúng tôi cam kết thực hiện đúng quy định của pháp luật về tín ngưỡng, tôn giáo và "
   "các quy định khác của pháp luật có liên quan.", signer="NGƯỜI ĐẠI DIỆN")

# Môi trường, tài nguyên nước
T("van-ban-de-nghi-cap-giay-phep-moi-truong", "Văn bản đề nghị cấp, cấp đổi, điều chỉnh giấy phép môi trường",
  "Ủy ban nhân dân tỉnh Khánh Hòa", [
    *ORG[:4],
    "Tên dự án đầu tư, cơ sở",
    "Địa điểm thực hiện",
    "Quyết định phê duyệt kết quả thẩm định báo cáo ĐTM (nếu có)",
    "Loại hình sản xuất, kinh doanh, dịch vụ; công suất",
    "Nội dung đề nghị cấp phép (nước thải, bụi, khí thải, tiếng ồn, chất thải, …)",
], pledge=PLEDGE_ORG, signer="ĐẠI DIỆN CHỦ DỰ ÁN, CƠ SỞ", sign=SIGN_ORG)

T("van-ban-dang-ky-moi-truong", "Văn bản đăng ký môi trường", UBX, [
    "Tên chủ dự án đầu tư, cơ sở",
    "Địa chỉ; Điện thoại; Người đại diện",
    "Tên dự án, cơ sở; Địa điểm thực hiện",
    "Loại hình sản xuất, kinh doanh; quy mô, công suất",
    "Nguyên liệu, nhiên liệu, hóa chất sử dụng",
    "Các loại chất thải phát sinh và biện pháp thu gom, xử lý",
], pledge="Chúng tôi cam kết thực hiện các biện pháp bảo vệ môi trường nêu trên và chịu trách "
   "nhiệm trước pháp luật.", signer="CHỦ DỰ ÁN, CƠ SỞ", sign=SIGN_ORG)

T("don-de-nghi-cap-giay-phep-tai-nguyen-nuoc",
  "Đơn đề nghị cấp giấy phép thăm dò, khai thác, sử dụng tài nguyên nước",
  "Ủy ban nhân dân tỉnh Khánh Hòa", [
    "Tổ chức, cá nhân đề nghị (tên, địa chỉ, điện thoại)",
    "Tên công trình; Vị trí công trình (xã/phường; tọa độ)",
    "Nguồn nước thăm dò/khai thác (nước mặt/nước dưới đất; tầng chứa nước)",
    "Mục đích khai thác, sử dụng nước",
    "Lưu lượng khai thác lớn nhất (m³/ngày đêm)",
    "Chế độ khai thác; thời gian đề nghị cấp phép",
], pledge=PLEDGE_ORG, signer="TỔ CHỨC, CÁ NHÂN ĐỀ NGHỊ", sign=SIGN_ORG)

# Nông nghiệp, thủy sản
T("giay-dang-ky-kiem-dich-dong-vat",
  "Giấy đăng ký kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn cấp tỉnh",
  "Chi cục Chăn nuôi và Thú y tỉnh Khánh Hòa", [
    "Tên tổ chức, cá nhân đăng ký; Địa chỉ; Điện thoại",
    "Loại động vật, sản phẩm động vật; số lượng/khối lượng",
    "Mục đích sử dụng",
    "Nơi xuất phát (tên cơ sở, địa chỉ)",
    "Nơi đến (tên, địa chỉ)",
    "Phương tiện vận chuyển; biển kiểm soát",
    "Thời gian dự kiến vận chuyển; địa điểm kiểm dịch",
], pledge="Tôi cam kết chấp hành đúng pháp luật về thú y.", signer="TỔ CHỨC, CÁ NHÂN ĐĂNG KÝ",
   sign=SIGN_ORG)

T("don-de-nghi-cap-giay-chung-nhan-buon-ban-thuoc-bvtv-phan-bon",
  "Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật, phân bón",
  "Sở Nông nghiệp và Môi trường tỉnh Khánh Hòa", [
    "Tên tổ chức, cá nhân; Địa chỉ trụ sở; Điện thoại",
    "Giấy chứng nhận đăng ký doanh nghiệp/hộ kinh doanh số; ngày cấp",
    "Địa điểm cửa hàng buôn bán; địa điểm kho chứa",
    "Người trực tiếp quản lý, bán hàng (họ tên, trình độ chuyên môn)",
    "=Đề nghị cấp: ☐ Buôn bán thuốc bảo vệ thực vật   ☐ Buôn bán phân bón",
], pledge=PLEDGE_ORG, signer="TỔ CHỨC, CÁ NHÂN ĐỀ NGHỊ", sign=SIGN_ORG)

T("to-khai-dang-ky-tau-ca", "Tờ khai đăng ký tàu cá", "Sở Nông nghiệp và Môi trường tỉnh Khánh Hòa", [
    "Họ, chữ đệm, tên chủ tàu; Số định danh cá nhân",
    "Nơi cư trú; Điện thoại",
    "#Đặc điểm cơ bản của tàu",
    "Tên tàu; Kiểu tàu; Công dụng (nghề khai thác)",
    "Năm, nơi đóng; Vật liệu vỏ",
    "Chiều dài lớn nhất Lmax (m); Chiều rộng lớn nhất Bmax (m); Chiều cao mạn D (m)",
    "Máy chính (ký hiệu, số máy, công suất kW)",
    "Cảng đăng ký",
    "=Hình thức đăng ký: ☐ Đóng mới   ☐ Chuyển nhượng   ☐ Nhập khẩu   ☐ Cải hoán",
], signer="CHỦ TÀU")

T("don-de-nghi-cap-giay-phep-khai-thac-thuy-san",
  "Đơn đề nghị cấp, cấp lại giấy phép khai thác thủy sản",
  "Sở Nông nghiệp và Môi trường tỉnh Khánh Hòa", [
    "Họ, chữ đệm, tên chủ tàu; Địa chỉ; Điện thoại",
    "Tên tàu; Số đăng ký tàu cá",
    "Chiều dài lớn nhất của tàu (m); Tổng công suất máy chính (kW)",
    "Nghề khai thác chính; Nghề kiêm",
    "Vùng khai thác (vùng ven bờ/vùng lộng/vùng khơi)",
    "Cảng cá đăng ký cập tàu",
    "=Đề nghị: ☐ Cấp mới   ☐ Cấp lại",
], signer="CHỦ TÀU")

T("ban-ke-khai-hoat-dong-chan-nuoi", "Bản kê khai hoạt động chăn nuôi", UBX, [
    "Họ, chữ đệm, tên chủ cơ sở chăn nuôi; Điện thoại",
    "Địa chỉ cơ sở chăn nuôi (thôn/tổ dân phố)",
    "Loại vật nuôi; Số lượng (con)",
    "Quy mô chăn nuôi (nông hộ/nhỏ/vừa/lớn); Đơn vị vật nuôi",
    "Mục đích chăn nuôi; Thời gian bắt đầu",
    "Biện pháp xử lý chất thải chăn nuôi",
], pledge="", signer="NGƯỜI KÊ KHAI")

T("don-dang-ky-chuyen-doi-co-cau-cay-trong", "Bản đăng ký chuyển đổi cơ cấu cây trồng trên đất trồng lúa", UBX, [
    *PERSON[:4],
    "Thửa đất số; Tờ bản đồ số; Diện tích chuyển đổi (m²)",
    "Loại đất (đất chuyên trồng lúa/đất trồng lúa còn lại)",
    "Cây trồng hiện tại; Cây trồng chuyển đổi",
    "Thời gian bắt đầu chuyển đổi",
    "Có/không kết hợp nuôi trồng thủy sản",
], pledge="Cam kết sử dụng đất đúng mục đích, không làm mất đi các điều kiện phù hợp để trồng "
   "lúa trở lại.", signer="NGƯỜI ĐĂNG KÝ")


# =============================================================================================
# CẤP XÃ (thực hiện tại Ủy ban nhân dân cấp xã)
# =============================================================================================

# --- Hộ tịch -----------------------------------------------------------------------------------

HT_LB = LB("HT_LUAT", "HT_ND", "HT_TT", "TP_PD")
HT_GHI = (
    "Công chức làm công tác hộ tịch kiểm tra hồ sơ, nếu thấy thông tin đầy đủ, đúng quy định thì "
    "ghi vào Sổ hộ tịch, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử; người yêu cầu kiểm tra nội "
    "dung, ký vào Sổ."
)

P("1.001193.000.00.00.H34", "Đăng ký khai sinh", "HT", "xa", "full", 1,  # mã quốc gia
  [F("Lệ phí đăng ký khai sinh", 0, "Miễn lệ phí đăng ký khai sinh đúng hạn (trong 60 ngày kể "
     "từ ngày sinh); đăng ký quá hạn: " + NQ_LOWER)],
  [D("Tờ khai đăng ký khai sinh theo mẫu", template="to-khai-dang-ky-khai-sinh"),
   D("Giấy chứng sinh; trường hợp không có thì nộp văn bản của người làm chứng xác nhận về việc "
     "sinh hoặc giấy cam đoan về việc sinh; trẻ bị bỏ rơi nộp biên bản xác nhận việc trẻ bị bỏ rơi"),
   D("Văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con (trường hợp cha hoặc mẹ là "
     "người nước ngoài)", mandatory=False),
   ID, UQ_HT],
  ["Công chức làm công tác hộ tịch ghi nội dung khai sinh vào Sổ đăng ký khai sinh, cập nhật vào "
   "Cơ sở dữ liệu hộ tịch điện tử và Cơ sở dữ liệu quốc gia về dân cư để cấp số định danh cá "
   "nhân; người đi đăng ký khai sinh kiểm tra nội dung và ký vào Sổ.",
   "Chủ tịch Ủy ban nhân dân cấp xã ký Giấy khai sinh cấp cho người được đăng ký khai sinh."],
  "Giấy khai sinh (bản chính) và bản điện tử Giấy khai sinh; bản sao Giấy khai sinh nếu có yêu cầu",
  HT_LB,
  cond=["Cha, mẹ có trách nhiệm đăng ký khai sinh cho con trong thời hạn 60 ngày kể từ ngày sinh "
        "con; trường hợp cha, mẹ không thể đăng ký thì ông, bà hoặc người thân thích khác thực hiện."],
  note="Ngay trong ngày tiếp nhận hồ sơ; nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì "
  "trả kết quả trong ngày làm việc tiếp theo.")

P("1.000894.000.00.00.H34", "Đăng ký kết hôn", "HT", "xa", "partial", 1,  # mã quốc gia
  [F("Lệ phí đăng ký kết hôn", 0, "Miễn lệ phí đăng ký kết hôn của công dân Việt Nam cư trú ở "
     "trong nước")],
  [D("Tờ khai đăng ký kết hôn theo mẫu (hai bên nam, nữ có thể khai chung một Tờ khai)",
     template="to-khai-dang-ky-ket-hon"),
   D("Giấy xác nhận tình trạng hôn nhân (trường hợp đăng ký kết hôn tại xã không phải nơi thường "
     "trú và không khai thác được thông tin hôn nhân trên cơ sở dữ liệu)", mandatory=False),
   ID_BOTH],
  ["Công chức làm công tác hộ tịch kiểm tra, xác minh điều kiện kết hôn; nếu đủ điều kiện thì "
   "ghi việc kết hôn vào Sổ đăng ký kết hôn, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử.",
   "Hai bên nam, nữ cùng có mặt, kiểm tra nội dung, ký vào Sổ và Giấy chứng nhận kết hôn; Chủ "
   "tịch Ủy ban nhân dân cấp xã trao Giấy chứng nhận kết hôn cho mỗi bên."],
  "Giấy chứng nhận kết hôn (01 bản chính cho mỗi bên)",
  HT_LB,
  cond=["Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi trở lên; việc kết hôn do nam, nữ tự nguyện quyết định.",
        "Không bị mất năng lực hành vi dân sự; không thuộc trường hợp cấm kết hôn theo Luật Hôn "
        "nhân và gia đình.",
        "Hai bên nam, nữ phải có mặt khi đăng ký kết hôn."],
  note="Ngay sau khi nhận đủ giấy tờ; trường hợp cần xác minh điều kiện kết hôn thì không quá 05 "
  "ngày làm việc.")

P("1.000656.000.00.00.H34", "Đăng ký khai tử", "HT", "xa", "full", 1,  # mã quốc gia
  [F("Lệ phí đăng ký khai tử", 0, "Miễn lệ phí đăng ký khai tử đúng hạn (trong 15 ngày kể từ "
     "ngày có người chết); đăng ký quá hạn: " + NQ_LOWER)],
  [D("Tờ khai đăng ký khai tử theo mẫu", template="to-khai-dang-ky-khai-tu"),
   D("Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp"),
   ID, UQ_HT],
  ["Công chức làm công tác hộ tịch ghi nội dung khai tử vào Sổ đăng ký khai tử, cập nhật vào Cơ "
   "sở dữ liệu hộ tịch điện tử và Cơ sở dữ liệu quốc gia về dân cư; người đi đăng ký khai tử ký "
   "vào Sổ.",
   "Chủ tịch Ủy ban nhân dân cấp xã ký cấp Trích lục khai tử cho người đi đăng ký khai tử."],
  "Trích lục khai tử (bản chính)",
  HT_LB,
  cond=["Trong thời hạn 15 ngày kể từ ngày có người chết thì vợ, chồng hoặc con, cha, mẹ hoặc "
        "người thân thích khác của người chết có trách nhiệm đi đăng ký khai tử."],
  note="Ngay trong ngày tiếp nhận hồ sơ; trường hợp cần xác minh thì không quá 03 ngày làm việc.")

P("1.000689.000.00.00.H34", "Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con", "HT", "xa",
  "partial", 3,
  [F("Lệ phí đăng ký nhận cha, mẹ, con", 15000, NQ + "; miễn đối với người thuộc gia đình có "
     "công với cách mạng, người thuộc hộ nghèo, người khuyết tật")],
  [D("Tờ khai đăng ký khai sinh theo mẫu", template="to-khai-dang-ky-khai-sinh"),
   D("Tờ khai đăng ký nhận cha, mẹ, con theo mẫu", template="to-khai-dang-ky-nhan-cha-me-con"),
   D("Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh"),
   D("Văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan có thẩm quyền khác xác nhận quan "
     "hệ cha - con, mẹ - con; trường hợp không có thì phải có thư từ, phim ảnh, băng, đĩa, đồ "
     "dùng, vật dụng khác chứng minh quan hệ cha, mẹ, con"),
   ID],
  ["Công chức làm công tác hộ tịch kiểm tra, xác minh; nếu việc nhận cha, mẹ, con là đúng và "
   "không có tranh chấp thì ghi vào Sổ đăng ký khai sinh và Sổ đăng ký nhận cha, mẹ, con.",
   "Người đăng ký khai sinh, người nhận và người được nhận (nếu có) cùng có mặt, ký vào Sổ; Chủ "
   "tịch Ủy ban nhân dân cấp xã ký cấp Giấy khai sinh và Trích lục đăng ký nhận cha, mẹ, con."],
  "Giấy khai sinh (bản chính) và Trích lục đăng ký nhận cha, mẹ, con (bản chính)",
  HT_LB,
  cond=["Bên nhận, bên được nhận phải có mặt khi đăng ký; việc nhận cha, mẹ, con không có tranh chấp."])

P("1.001022.000.00.00.H34", "Đăng ký nhận cha, mẹ, con", "HT", "xa", "partial", 3,  # mã quốc gia
  [F("Lệ phí đăng ký nhận cha, mẹ, con", 15000, NQ + "; miễn đối với người thuộc gia đình có công "
     "với cách mạng, người thuộc hộ nghèo, người khuyết tật")],
  [D("Tờ khai đăng ký nhận cha, mẹ, con theo mẫu", template="to-khai-dang-ky-nhan-cha-me-con"),
   D("Văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan có thẩm quyền khác xác nhận quan "
     "hệ cha - con, mẹ - con; hoặc chứng cứ khác chứng minh quan hệ cha, mẹ, con"),
   ID],
  ["Công chức làm công tác hộ tịch kiểm tra, xác minh; nếu thấy việc nhận cha, mẹ, con là đúng và "
   "không có tranh chấp thì ghi vào Sổ đăng ký nhận cha, mẹ, con, cập nhật Cơ sở dữ liệu hộ tịch "
   "điện tử.",
   "Bên nhận và bên được nhận có mặt, ký vào Sổ; Chủ tịch Ủy ban nhân dân cấp xã ký cấp Trích lục "
   "đăng ký nhận cha, mẹ, con."],
  "Trích lục đăng ký nhận cha, mẹ, con (bản chính)",
  HT_LB,
  cond=["Bên nhận, bên được nhận phải có mặt khi đăng ký; việc nhận cha, mẹ, con không có tranh chấp."],
  note="03 ngày làm việc; trường hợp cần xác minh thì kéo dài thêm không quá 05 ngày làm việc.")

P("1.004873.000.00.00.H34", "Cấp Giấy xác nhận tình trạng hôn nhân", "HT", "xa", "full", 3,  # mã quốc gia
  [F("Lệ phí cấp Giấy xác nhận tình trạng hôn nhân", 15000, NQ + "; miễn đối với người thuộc gia "
     "đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật")],
  [D("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu",
     template="to-khai-cap-giay-xac-nhan-tinh-trang-hon-nhan"),
   D("Giấy tờ chứng minh việc ly hôn, hủy việc kết hôn hoặc người kia đã chết (trường hợp đã có "
     "vợ, chồng nhưng đã ly hôn, hủy kết hôn hoặc người vợ, chồng đã chết)", 0, 1, False),
   D("Giấy xác nhận tình trạng hôn nhân đã được cấp trước đây (trường hợp yêu cầu cấp lại để sử "
     "dụng vào mục đích khác hoặc do hết thời hạn sử dụng)", mandatory=False),
   ID, UQ_HT],
  ["Công chức làm công tác hộ tịch kiểm tra, xác minh tình trạng hôn nhân của người yêu cầu; nếu "
   "đủ điều kiện thì trình Chủ tịch Ủy ban nhân dân cấp xã ký cấp Giấy xác nhận tình trạng hôn nhân."],
  "Giấy xác nhận tình trạng hôn nhân (có giá trị 06 tháng kể từ ngày cấp)",
  HT_LB,
  note="03 ngày làm việc; trường hợp cần xác minh thì không quá 10 ngày làm việc.")

P("1.004884.000.00.00.H34", "Đăng ký lại khai sinh", "HT", "xa", "partial", 5,  # mã quốc gia
  [F("Lệ phí đăng ký lại khai sinh", 5000, NQ)],
  [D("Tờ khai đăng ký lại khai sinh theo mẫu", template="to-khai-dang-ky-lai-khai-sinh"),
   D("Bản sao Giấy khai sinh hoặc bản sao giấy tờ, tài liệu có nội dung liên quan đến việc khai "
     "sinh (hồ sơ, giấy tờ cá nhân, sổ hộ khẩu cũ, văn bằng, …)", 0, 1),
   D("Văn bản xác nhận của cơ quan, đơn vị về các thông tin của người yêu cầu (trường hợp là cán "
     "bộ, công chức, viên chức, người đang phục vụ trong lực lượng vũ trang)", mandatory=False),
   ID],
  ["Công chức làm công tác hộ tịch kiểm tra, xác minh hồ sơ; trường hợp việc đăng ký khai sinh "
   "trước đây được thực hiện tại xã khác thì có văn bản đề nghị nơi đăng ký trước đây kiểm tra, "
   "xác minh.",
   "Nếu việc đăng ký lại khai sinh là đúng thì ghi vào Sổ đăng ký khai sinh; Chủ tịch Ủy ban nhân "
   "dân cấp xã ký cấp Giấy khai sinh (có ghi chú “Đăng ký lại”)."],
  "Giấy khai sinh (bản chính)",
  HT_LB,
  cond=["Việc khai sinh đã được đăng ký tại cơ quan có thẩm quyền của Việt Nam trước ngày "
        "01/01/2016 nhưng Sổ hộ tịch và bản chính giấy tờ hộ tịch đều bị mất."],
  note="05 ngày làm việc; trường hợp phải xác minh thì kéo dài thêm không quá 20 ngày.")

P("1.004746.000.00.00.H34", "Đăng ký lại kết hôn", "HT", "xa", "partial", 5,  # mã quốc gia
  [F("Lệ phí đăng ký lại kết hôn", 0, "Miễn lệ phí đối với công dân Việt Nam cư trú ở trong nước")],
  [D("Tờ khai đăng ký lại kết hôn theo mẫu"),
   D("Bản sao Giấy chứng nhận kết hôn được cấp trước đây; nếu không có thì nộp bản sao giấy tờ, "
     "tài liệu có nội dung liên quan đến việc kết hôn", 0, 1),
   ID_BOTH],
  ["Công chức làm công tác hộ tịch kiểm tra, xác minh hồ sơ; nếu thấy việc đăng ký lại kết hôn là "
   "đúng quy định thì ghi vào Sổ đăng ký kết hôn.",
   "Hai bên vợ, chồng ký vào Sổ và Giấy chứng nhận kết hôn; Chủ tịch Ủy ban nhân dân cấp xã ký cấp "
   "Giấy chứng nhận kết hôn cho mỗi bên."],
  "Giấy chứng nhận kết hôn (bản chính)",
  HT_LB,
  cond=["Việc kết hôn đã được đăng ký tại cơ quan có thẩm quyền của Việt Nam trước ngày 01/01/2016 "
        "nhưng Sổ hộ tịch và bản chính giấy tờ hộ tịch đều bị mất.",
        "Hai bên vợ, chồng phải có mặt khi đăng ký lại kết hôn."],
  note="05 ngày làm việc; trường hợp phải xác minh thì kéo dài thêm không quá 20 ngày.")

P("1.005461.000.00.00.H34", "Đăng ký lại khai tử", "HT", "xa", "partial", 5,  # mã quốc gia
  [F("Lệ phí đăng ký lại khai tử", 5000, NQ)],
  [D("Tờ khai đăng ký khai tử theo mẫu", template="to-khai-dang-ky-khai-tu"),
   D("Bản sao Giấy chứng tử/Trích lục khai tử trước đây được cấp hợp lệ; nếu không có thì nộp "
     "giấy tờ có liên quan có nội dung chứng minh sự kiện chết", 0, 1),
   ID],
  ["Công chức làm công tác hộ tịch kiểm tra, xác minh hồ sơ; nếu việc đăng ký lại khai tử là đúng "
   "thì ghi vào Sổ đăng ký khai tử và trình Chủ tịch Ủy ban nhân dân cấp xã ký cấp Trích lục khai tử."],
  "Trích lục khai tử (bản chính)",
  HT_LB,
  cond=["Việc khai tử đã được đăng ký tại cơ quan có thẩm quyền của Việt Nam trước ngày 01/01/2016 "
        "nhưng Sổ hộ tịch và bản chính giấy tờ hộ tịch đều bị mất."])

P("1.004859.000.00.00.H34",  # mã quốc gia
  "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc", "HT", "xa",
  "full", 3,
  [F("Lệ phí thay đổi, cải chính hộ tịch", 15000, NQ + "; bổ sung thông tin hộ tịch và người "
     "thuộc diện miễn theo Luật Hộ tịch không phải nộp")],
  [D("Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc theo mẫu",
     template="to-khai-thay-doi-cai-chinh-bo-sung-ho-tich"),
   D("Giấy tờ làm căn cứ cho việc thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân "
     "tộc", 0, 1),
   D("Văn bản đồng ý của cha, mẹ (trường hợp thay đổi họ, chữ đệm, tên cho người dưới 18 tuổi); "
     "có sự đồng ý của người được thay đổi nếu người đó từ đủ 09 tuổi trở lên", mandatory=False),
   ID, UQ_HT],
  ["Công chức làm công tác hộ tịch kiểm tra; nếu thấy việc thay đổi, cải chính, bổ sung, xác định "
   "lại dân tộc là có cơ sở, phù hợp quy định của pháp luật dân sự và pháp luật có liên quan thì "
   "ghi vào Sổ hộ tịch, cùng người yêu cầu ký vào Sổ.",
   "Chủ tịch Ủy ban nhân dân cấp xã ký cấp Trích lục thay đổi, cải chính, bổ sung hộ tịch, xác "
   "định lại dân tộc cho người yêu cầu."],
  "Trích lục thay đổi, cải chính, bổ sung hộ tịch, xác định lại dân tộc (bản chính)",
  HT_LB,
  cond=["Việc thay đổi, cải chính hộ tịch phải có lý do chính đáng theo quy định của Bộ luật Dân sự; "
        "cải chính là việc chỉnh sửa thông tin trong Sổ hộ tịch hoặc giấy tờ hộ tịch có sai sót "
        "trong khi đăng ký."],
  note="03 ngày làm việc; trường hợp cần xác minh thì kéo dài thêm không quá 03 ngày làm việc.")

P("1.004837.000.00.00.H34", "Đăng ký giám hộ", "HT", "xa", "partial", 3,  # mã quốc gia
  [F("Lệ phí đăng ký giám hộ", 0, "Miễn lệ phí đăng ký giám hộ theo Luật Hộ tịch")],
  [D("Tờ khai đăng ký giám hộ theo mẫu", template="to-khai-dang-ky-giam-ho"),
   D("Văn bản cử người giám hộ (đối với giám hộ cử) hoặc giấy tờ chứng minh điều kiện giám hộ "
     "đương nhiên (nếu có nhiều người cùng đủ điều kiện thì nộp văn bản thỏa thuận)"),
   ID],
  ["Công chức làm công tác hộ tịch kiểm tra, nếu thấy đủ điều kiện theo quy định của Bộ luật Dân "
   "sự thì ghi vào Sổ đăng ký giám hộ; người yêu cầu và người giám hộ ký vào Sổ.",
   "Chủ tịch Ủy ban nhân dân cấp xã ký cấp Trích lục đăng ký giám hộ."],
  "Trích lục đăng ký giám hộ (bản chính)",
  HT_LB,
  cond=["Người giám hộ phải đáp ứng điều kiện quy định tại Bộ luật Dân sự năm 2015."])

P("1.004845.000.00.00.H34", "Đăng ký chấm dứt giám hộ", "HT", "xa", "partial", 2,  # mã quốc gia
  [F("Lệ phí đăng ký chấm dứt giám hộ", 0, "Miễn lệ phí theo Luật Hộ tịch")],
  [D("Tờ khai đăng ký chấm dứt giám hộ theo mẫu"),
   D("Giấy tờ làm căn cứ chấm dứt giám hộ theo quy định của Bộ luật Dân sự", 0, 1),
   ID],
  ["Công chức làm công tác hộ tịch kiểm tra, nếu việc chấm dứt giám hộ đủ điều kiện thì ghi vào "
   "Sổ đăng ký giám hộ; Chủ tịch Ủy ban nhân dân cấp xã ký cấp Trích lục đăng ký chấm dứt giám hộ."],
  "Trích lục đăng ký chấm dứt giám hộ (bản chính)",
  HT_LB)

P("2.000635.000.00.00.H34", "Cấp bản sao Trích lục hộ tịch", "HT", "xa", "full", 1,  # mã quốc gia
  [F("Phí cấp bản sao Trích lục hộ tịch", 8000, "8.000 đồng/bản sao Trích lục/sự kiện hộ tịch "
     "đã đăng ký")],
  [D("Tờ khai cấp bản sao trích lục hộ tịch theo mẫu (cá nhân yêu cầu trực tiếp) hoặc văn bản "
     "yêu cầu (cơ quan, tổ chức)", template="to-khai-cap-ban-sao-trich-luc-ho-tich"),
   ID, UQ_HT],
  ["Công chức làm công tác hộ tịch căn cứ Sổ hộ tịch, Cơ sở dữ liệu hộ tịch điện tử, trình Chủ "
   "tịch Ủy ban nhân dân cấp xã ký cấp bản sao trích lục hộ tịch."],
  "Bản sao Trích lục hộ tịch (khai sinh, kết hôn, khai tử, …)",
  LB("HT_LUAT", "HT_ND", "HT_TT", "HT_PHI"),
  note="Ngay trong ngày tiếp nhận yêu cầu; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo.")

P("1.001695.000.00.00.H34", "Đăng ký khai sinh có yếu tố nước ngoài", "HT", "xa", "partial", 3,
  [F("Lệ phí đăng ký khai sinh có yếu tố nước ngoài", 75000, NQ)],
  [D("Tờ khai đăng ký khai sinh theo mẫu", template="to-khai-dang-ky-khai-sinh"),
   D("Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh"),
   D("Văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con (trường hợp cha hoặc mẹ là "
     "công dân Việt Nam, người kia là người nước ngoài)", mandatory=False),
   D("Văn bản xác nhận của cơ quan có thẩm quyền của nước ngoài về quốc tịch của người con "
     "(trường hợp cha, mẹ chọn quốc tịch nước ngoài cho con)", mandatory=False),
   ID],
  ["Công chức làm công tác hộ tịch kiểm tra hồ sơ, nếu hợp lệ thì báo cáo Chủ tịch Ủy ban nhân "
   "dân cấp xã; ghi nội dung khai sinh vào Sổ đăng ký khai sinh, cập nhật Cơ sở dữ liệu hộ tịch "
   "điện tử để lấy số định danh cá nhân.",
   "Người đi đăng ký khai sinh ký vào Sổ; Chủ tịch Ủy ban nhân dân cấp xã ký cấp Giấy khai sinh."],
  "Giấy khai sinh (bản chính)",
  HT_LB,
  note="Ngay sau khi nhận đủ giấy tờ hợp lệ; trường hợp cần xác minh thì không quá 03 ngày làm việc.")

P("1.000893.000.00.00.H34", "Đăng ký kết hôn có yếu tố nước ngoài", "HT", "xa", "partial", 15,
  [F("Lệ phí đăng ký kết hôn có yếu tố nước ngoài", 1500000, NQ)],
  [D("Tờ khai đăng ký kết hôn theo mẫu", template="to-khai-dang-ky-ket-hon"),
   D("Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài do cơ quan có thẩm quyền nước "
     "ngoài cấp, đã được hợp pháp hóa lãnh sự và dịch sang tiếng Việt"),
   D("Giấy xác nhận của tổ chức y tế có thẩm quyền xác nhận người đó không mắc bệnh tâm thần hoặc "
     "bệnh khác mà không có khả năng nhận thức, làm chủ được hành vi của mình"),
   D("Bản sao hộ chiếu/giấy tờ có giá trị thay hộ chiếu của người nước ngoài", 0, 1),
   ID_BOTH],
  ["Công chức làm công tác hộ tịch nghiên cứu, thẩm tra hồ sơ, xác minh làm rõ (nếu cần) và báo "
   "cáo Chủ tịch Ủy ban nhân dân cấp xã.",
   "Nếu hai bên đủ điều kiện kết hôn, Chủ tịch Ủy ban nhân dân cấp xã ký Giấy chứng nhận kết hôn; "
   "hai bên nam, nữ có mặt tại trụ sở Ủy ban nhân dân để nhận Giấy chứng nhận kết hôn trong thời "
   "hạn 60 ngày."],
  "Giấy chứng nhận kết hôn (01 bản chính cho mỗi bên)",
  HT_LB,
  cond=["Hai bên nam, nữ đáp ứng điều kiện kết hôn theo Luật Hôn nhân và gia đình Việt Nam và pháp "
        "luật của nước mà người nước ngoài là công dân.",
        "Hai bên phải có mặt khi trao Giấy chứng nhận kết hôn."],
  note="15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.")

P("1.001766.000.00.00.H34",
  "Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm "
  "quyền của nước ngoài", "HT", "xa", "full", 5,
  [F("Lệ phí ghi chú kết hôn", 75000, NQ)],
  [D("Tờ khai ghi chú kết hôn theo mẫu"),
   D("Bản sao giấy tờ chứng nhận việc kết hôn do cơ quan có thẩm quyền của nước ngoài cấp (đã "
     "được hợp pháp hóa lãnh sự, dịch sang tiếng Việt)", 0, 1),
   ID],
  ["Công chức làm công tác hộ tịch kiểm tra hồ sơ; nếu thấy yêu cầu ghi chú kết hôn đủ điều kiện "
   "thì ghi vào Sổ đăng ký kết hôn và báo cáo Chủ tịch Ủy ban nhân dân cấp xã ký cấp Trích lục "
   "ghi chú kết hôn."],
  "Trích lục ghi chú kết hôn (bản chính)",
  HT_LB,
  note="05 ngày làm việc; trường hợp cần xác minh thì kéo dài thêm không quá 05 ngày làm việc.")

P("1.012822.000.00.00.H34",
  "Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế "
  "cho trẻ em dưới 6 tuổi", "HT", "xa", "full", 5,
  [F("Lệ phí đăng ký khai sinh", 0, "Miễn lệ phí đăng ký khai sinh đúng hạn; miễn lệ phí đăng ký "
     "thường trú khi thực hiện trực tuyến theo quy định")],
  [D("Tờ khai điện tử liên thông (đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế) "
     "điền trên Cổng Dịch vụ công quốc gia", template="to-khai-dang-ky-khai-sinh"),
   D("Bản chụp Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh", 0, 1),
   D("Văn bản ủy quyền (trường hợp ủy quyền đăng ký khai sinh)", mandatory=False)],
  ["Ủy ban nhân dân cấp xã giải quyết đăng ký khai sinh, cấp số định danh cá nhân và chuyển dữ "
   "liệu sang cơ quan Công an để đăng ký thường trú, cơ quan Bảo hiểm xã hội để cấp thẻ bảo hiểm "
   "y tế trên hệ thống liên thông.",
   "Các cơ quan giải quyết trả kết quả điện tử vào tài khoản của người yêu cầu trên Cổng Dịch vụ "
   "công quốc gia; bản giấy được trả tại Bộ phận Một cửa hoặc qua dịch vụ bưu chính công ích."],
  "Giấy khai sinh (bản điện tử và bản giấy); kết quả đăng ký thường trú; thẻ bảo hiểm y tế điện tử",
  LB("HT_LUAT", "HT_ND", "HT_LT"),
  note="Tổng thời gian giải quyết liên thông không quá 05 ngày làm việc.")

P("1.012823.000.00.00.H34",
  "Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng "
  "phí, tử tuất", "HT", "xa", "full", 5,
  [F("Lệ phí đăng ký khai tử", 0, "Miễn lệ phí đăng ký khai tử đúng hạn")],
  [D("Tờ khai điện tử liên thông (đăng ký khai tử, xóa đăng ký thường trú, hưởng mai táng phí, "
     "trợ cấp tuất) điền trên Cổng Dịch vụ công quốc gia", template="to-khai-dang-ky-khai-tu"),
   D("Bản chụp Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử", 0, 1),
   D("Bản chụp giấy tờ chứng minh thân nhân được hưởng chế độ tử tuất (nếu có)", 0, 1, False)],
  ["Ủy ban nhân dân cấp xã giải quyết đăng ký khai tử và chuyển dữ liệu sang cơ quan Công an để "
   "xóa đăng ký thường trú, cơ quan Bảo hiểm xã hội hoặc cơ quan quản lý người có công để giải "
   "quyết mai táng phí, tử tuất trên hệ thống liên thông."],
  "Trích lục khai tử; thông báo xóa đăng ký thường trú; quyết định hưởng mai táng phí, trợ cấp tuất",
  LB("HT_LUAT", "HT_ND", "HT_LT"),
  note="Tổng thời gian giải quyết liên thông theo Nghị định số 63/2024/NĐ-CP.")

# --- Chứng thực --------------------------------------------------------------------------------

CT_LB = LB("CT_ND", "CT_TT", "CT_PHI", "TP_PD")
CT_TRONG_NGAY = ("Trong ngày tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận "
                 "sau 15 giờ; trường hợp yêu cầu chứng thực với số lượng lớn thì có thể hẹn lại.")
CT_HD_STEP = ("Người thực hiện chứng thực kiểm tra giấy tờ, năng lực hành vi dân sự, sự tự nguyện "
              "của các bên; các bên giao kết ký vào từng trang của hợp đồng, giao dịch trước mặt "
              "người thực hiện chứng thực.")

P("2.000815.000.00.00.H34",  # mã quốc gia
  "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam "
  "cấp hoặc chứng nhận", "CT", "xa", "partial", 1,
  [F("Phí chứng thực bản sao từ bản chính", 2000, "2.000 đồng/trang; từ trang thứ ba trở lên thu "
     "1.000 đồng/trang, tối đa không quá 200.000 đồng/bản")],
  [D("Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao"),
   D("Bản sao cần chứng thực (trường hợp người yêu cầu không xuất trình bản chụp thì cơ quan chứng "
     "thực chụp từ bản chính)", 0, 1)],
  ["Người thực hiện chứng thực kiểm tra bản chính, đối chiếu với bản sao; nếu nội dung bản sao "
   "đúng với bản chính, bản chính không thuộc các trường hợp không được chứng thực thì ghi lời "
   "chứng, ký, ghi rõ họ tên, đóng dấu và ghi vào sổ chứng thực."],
  "Bản sao được chứng thực từ bản chính",
  CT_LB, submit=False, note=CT_TRONG_NGAY,
  cond=["Bản chính không bị tẩy xóa, sửa chữa, thêm, bớt nội dung không hợp lệ; không bị hư hỏng, "
        "cũ nát, không xác định được nội dung; không đóng dấu mật hoặc ghi rõ không được sao chụp."])

P("2.000908.000.00.00.H34",
  "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của nước "
  "ngoài; cơ quan tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan tổ chức có thẩm quyền "
  "của nước ngoài cấp hoặc chứng nhận", "CT", "xa", "partial", 1,
  [F("Phí chứng thực bản sao từ bản chính", 2000, "2.000 đồng/trang; từ trang thứ ba trở lên thu "
     "1.000 đồng/trang, tối đa không quá 200.000 đồng/bản")],
  [D("Bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của nước ngoài cấp, công chứng "
     "hoặc chứng nhận, đã được hợp pháp hóa lãnh sự (trừ trường hợp được miễn)"),
   D("Bản sao cần chứng thực", 0, 1)],
  ["Người thực hiện chứng thực kiểm tra bản chính, đối chiếu với bản sao; nếu đúng thì ghi lời "
   "chứng, ký, ghi rõ họ tên, đóng dấu và ghi vào sổ chứng thực."],
  "Bản sao được chứng thực từ bản chính",
  CT_LB, submit=False, note=CT_TRONG_NGAY)

P("2.000884.000.00.00.H34",  # mã quốc gia
  "Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và "
  "trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)", "CT", "xa",
  "partial", 1,
  [F("Phí chứng thực chữ ký", 10000, "10.000 đồng/trường hợp (một hoặc nhiều chữ ký trong cùng "
     "một giấy tờ, văn bản)")],
  [D("Giấy tờ, văn bản mà mình sẽ ký"), ID],
  ["Người thực hiện chứng thực kiểm tra giấy tờ; người yêu cầu chứng thực ký trước mặt người thực "
   "hiện chứng thực.",
   "Người thực hiện chứng thực ghi lời chứng, ký, ghi rõ họ tên, đóng dấu và ghi vào sổ chứng thực."],
  "Giấy tờ, văn bản đã được chứng thực chữ ký",
  CT_LB, submit=False, note=CT_TRONG_NGAY,
  cond=["Người yêu cầu chứng thực phải ký trước mặt người thực hiện chứng thực; không chứng thực "
        "chữ ký trong giấy tờ có nội dung trái pháp luật, đạo đức xã hội."])

P("2.000843.000.00.00.H34",
  "Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật", "CT", "xa",
  "partial", 1,
  [F("Phí chứng thực chữ ký người dịch", 10000, "10.000 đồng/trường hợp")],
  [D("Bản dịch đính kèm giấy tờ, văn bản cần dịch"), ID],
  ["Người thực hiện chứng thực kiểm tra giấy tờ, bản dịch; người dịch ký trước mặt người thực hiện "
   "chứng thực.",
   "Người thực hiện chứng thực ghi lời chứng, ký, ghi rõ họ tên, đóng dấu và ghi vào sổ chứng thực."],
  "Bản dịch đã được chứng thực chữ ký người dịch",
  CT_LB, submit=False, note=CT_TRONG_NGAY,
  cond=["Người dịch là cộng tác viên dịch thuật đã được cơ quan có thẩm quyền công nhận, có bằng "
        "cử nhân ngoại ngữ trở lên về thứ tiếng nước ngoài cần dịch."])

P("2.001035.000.00.00.H34",
  "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở",
  "CT", "xa", "partial", 2,
  [F("Phí chứng thực hợp đồng, giao dịch", 50000, "50.000 đồng/hợp đồng, giao dịch")],
  [D("Phiếu yêu cầu chứng thực hợp đồng, giao dịch", template="phieu-yeu-cau-chung-thuc"),
   D("Dự thảo hợp đồng, giao dịch (trường hợp tự soạn thảo)"),
   D("Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc giấy tờ thay thế (đối với hợp đồng, "
     "giao dịch liên quan đến tài sản phải đăng ký)", 0, 1),
   ID],
  [CT_HD_STEP,
   "Người thực hiện chứng thực ghi lời chứng, ký, ghi rõ họ tên, đóng dấu và ghi vào sổ chứng thực."],
  "Hợp đồng, giao dịch được chứng thực",
  CT_LB, submit=False,
  note="Trong ngày tiếp nhận hoặc trong ngày làm việc tiếp theo; không quá 02 ngày làm việc đối với "
  "hợp đồng, giao dịch phức tạp.")

P("2.001009.000.00.00.H34", "Chứng thực di chúc", "CT", "xa", "partial", 2,
  [F("Phí chứng thực di chúc", 50000, "50.000 đồng/di chúc")],
  [D("Phiếu yêu cầu chứng thực", template="phieu-yeu-cau-chung-thuc"),
   D("Dự thảo di chúc"),
   D("Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản (trường hợp di chúc liên quan "
     "đến tài sản phải đăng ký)", 0, 1, False),
   ID],
  ["Người thực hiện chứng thực kiểm tra năng lực hành vi dân sự, sự tự nguyện của người lập di "
   "chúc; người lập di chúc ký vào từng trang của di chúc trước mặt người thực hiện chứng thực.",
   "Người thực hiện chứng thực ghi lời chứng, ký, đóng dấu và ghi vào sổ chứng thực."],
  "Di chúc được chứng thực",
  CT_LB, submit=False,
  cond=["Người lập di chúc phải tự mình yêu cầu chứng thực, không ủy quyền cho người khác."])

P("2.001016.000.00.00.H34",
  "Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở",
  "CT", "xa", "partial", 2,
  [F("Phí chứng thực văn bản thỏa thuận phân chia di sản", 50000, "50.000 đồng/văn bản")],
  [D("Phiếu yêu cầu chứng thực", template="phieu-yeu-cau-chung-thuc"),
   D("Dự thảo văn bản thỏa thuận phân chia di sản"),
   D("Bản sao giấy chứng tử/trích lục khai tử của người để lại di sản; giấy tờ chứng minh quan hệ "
     "giữa người để lại di sản và người được hưởng di sản", 0, 1),
   D("Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng của người để lại di sản", 0, 1),
   ID],
  [CT_HD_STEP,
   "Người thực hiện chứng thực ghi lời chứng, ký, đóng dấu, ghi vào sổ chứng thực."],
  "Văn bản thỏa thuận phân chia di sản được chứng thực",
  CT_LB, submit=False)

P("2.001019.000.00.00.H34",
  "Chứng thực văn bản khai nhận di sản mà di sản là động sản, quyền sử dụng đất, nhà ở",
  "CT", "xa", "partial", 2,
  [F("Phí chứng thực văn bản khai nhận di sản", 50000, "50.000 đồng/văn bản")],
  [D("Phiếu yêu cầu chứng thực", template="phieu-yeu-cau-chung-thuc"),
   D("Dự thảo văn bản khai nhận di sản"),
   D("Bản sao giấy chứng tử/trích lục khai tử của người để lại di sản và giấy tờ chứng minh quan "
     "hệ thừa kế", 0, 1),
   ID],
  [CT_HD_STEP,
   "Người thực hiện chứng thực ghi lời chứng, ký, đóng dấu, ghi vào sổ chứng thực."],
  "Văn bản khai nhận di sản được chứng thực",
  CT_LB, submit=False,
  cond=["Người khai nhận là người duy nhất được hưởng di sản hoặc những người cùng được hưởng di "
        "sản nhưng thỏa thuận không phân chia di sản đó."])

P("2.000913.000.00.00.H34",  # mã quốc gia
  "Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch", "CT", "xa", "partial", 2,
  [F("Phí chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch", 30000,
     "30.000 đồng/hợp đồng, giao dịch")],
  [D("Phiếu yêu cầu chứng thực", template="phieu-yeu-cau-chung-thuc"),
   D("Dự thảo văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch"),
   D("Hợp đồng, giao dịch đã được chứng thực"),
   ID],
  [CT_HD_STEP,
   "Người thực hiện chứng thực ghi lời chứng, ký, đóng dấu, ghi vào sổ chứng thực."],
  "Văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch được chứng thực",
  CT_LB, submit=False)

P("2.000927.000.00.00.H34", "Sửa lỗi sai sót trong hợp đồng, giao dịch", "CT", "xa",  # mã quốc gia
  "partial", 1,
  [F("Phí sửa lỗi sai sót trong hợp đồng, giao dịch", 25000, "25.000 đồng/hợp đồng, giao dịch")],
  [D("Hợp đồng, giao dịch đã được chứng thực có lỗi sai sót"), ID],
  ["Người thực hiện chứng thực kiểm tra; nếu lỗi sai sót do ghi chép, đánh máy, in ấn thì sửa "
   "lỗi sai sót với sự đồng ý của các bên, ghi rõ nội dung sửa, ký, đóng dấu vào chỗ sửa."],
  "Hợp đồng, giao dịch đã được sửa lỗi sai sót",
  CT_LB, submit=False, note=CT_TRONG_NGAY)

P("2.000942.000.00.00.H34",  # mã quốc gia
  "Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực", "CT", "xa",
  "full", 2,
  [F("Phí cấp bản sao có chứng thực", 5000, "5.000 đồng/trang; từ trang thứ ba trở lên thu "
     "3.000 đồng/trang, tối đa không quá 100.000 đồng/bản")],
  [D("Văn bản yêu cầu cấp bản sao có chứng thực", template="phieu-yeu-cau-chung-thuc"),
   D("Giấy tờ chứng minh là bên tham gia hợp đồng, giao dịch hoặc người thừa kế, người có quyền, "
     "nghĩa vụ liên quan", 0, 1),
   ID],
  ["Người thực hiện chứng thực kiểm tra, căn cứ bản chính hợp đồng, giao dịch đang lưu trữ để "
   "cấp bản sao có chứng thực."],
  "Bản sao có chứng thực hợp đồng, giao dịch",
  CT_LB)

# --- Đất đai (cấp xã) -------------------------------------------------------------------------

P("1.012760.000.00.00.H34",
  "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu "
  "tài sản gắn liền với đất lần đầu đối với cá nhân, cộng đồng dân cư, hộ gia đình", "DD", "xa",
  "partial", 20,
  [F("Lệ phí cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", 100000,
     NQ + "; chưa bao gồm tiền sử dụng đất, lệ phí trước bạ (nếu có) theo thông báo của cơ quan thuế"),
   F("Phí thẩm định hồ sơ cấp Giấy chứng nhận", 200000, NQ)],
  [D("Đơn đăng ký đất đai, tài sản gắn liền với đất theo mẫu", template="don-dang-ky-dat-dai"),
   D("Một trong các loại giấy tờ về quyền sử dụng đất quy định tại Điều 137 Luật Đất đai (nếu có)",
     0, 1, False),
   D("Giấy tờ về tài sản gắn liền với đất (trường hợp đăng ký quyền sở hữu tài sản)", 0, 1, False),
   D("Mảnh trích đo bản đồ địa chính thửa đất (nếu có)", mandatory=False),
   D("Chứng từ thực hiện nghĩa vụ tài chính; giấy tờ liên quan đến việc miễn, giảm nghĩa vụ tài "
     "chính (nếu có)", 0, 1, False)],
  ["Ủy ban nhân dân cấp xã kiểm tra hiện trạng sử dụng đất, nguồn gốc, thời điểm sử dụng đất, sự "
   "phù hợp với quy hoạch; niêm yết công khai kết quả kiểm tra tại trụ sở Ủy ban nhân dân và khu "
   "dân cư trong thời hạn 15 ngày.",
   "Chuyển thông tin để cơ quan thuế xác định nghĩa vụ tài chính; người sử dụng đất nộp nghĩa vụ "
   "tài chính theo thông báo.",
   "Chủ tịch Ủy ban nhân dân cấp xã ký cấp Giấy chứng nhận; Văn phòng/Chi nhánh Văn phòng Đăng ký "
   "đất đai cập nhật, chỉnh lý hồ sơ địa chính, cơ sở dữ liệu đất đai."],
  "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
  LB("DD_LUAT", "DD_ND101", "DD_PD"),
  note="Không quá 20 ngày làm việc (không kể thời gian niêm yết công khai, thời gian thực hiện "
  "nghĩa vụ tài chính); xã miền núi, hải đảo được tăng thêm 10 ngày.")

P("1.012761.000.00.00.H34",
  "Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với cá nhân",
  "DD", "xa", "partial", 15,
  [F("Lệ phí cấp Giấy chứng nhận (trường hợp cấp mới Giấy chứng nhận)", 100000, NQ),
   F("Tiền sử dụng đất", 0, "Theo thông báo của cơ quan thuế (không phải phí, lệ phí)")],
  [D("Đơn đề nghị chuyển mục đích sử dụng đất theo mẫu",
     template="don-de-nghi-chuyen-muc-dich-su-dung-dat"),
   D("Giấy chứng nhận quyền sử dụng đất hoặc các loại giấy chứng nhận đã cấp")],
  ["Phòng Kinh tế (hoặc Phòng Kinh tế, Hạ tầng và Đô thị) thẩm tra hồ sơ, kiểm tra thực địa, "
   "đối chiếu kế hoạch sử dụng đất; trình Chủ tịch Ủy ban nhân dân cấp xã quyết định cho phép "
   "chuyển mục đích sử dụng đất.",
   "Người sử dụng đất thực hiện nghĩa vụ tài chính; cơ quan đăng ký đất đai chỉnh lý Giấy chứng "
   "nhận, cập nhật hồ sơ địa chính."],
  "Quyết định cho phép chuyển mục đích sử dụng đất; Giấy chứng nhận đã được chỉnh lý hoặc cấp mới",
  LB("DD_LUAT", "DD_ND102", "DD_PD"),
  cond=["Việc chuyển mục đích sử dụng đất phải căn cứ vào kế hoạch sử dụng đất hằng năm đã được "
        "phê duyệt hoặc quy hoạch sử dụng đất theo quy định."],
  note="Không quá 15 ngày làm việc, không kể thời gian thực hiện nghĩa vụ tài chính.")

P("1.012762.000.00.00.H34",
  "Giao đất, cho thuê đất không thông qua đấu giá quyền sử dụng đất đối với cá nhân", "DD", "xa",
  "partial", 20,
  [F("Lệ phí cấp Giấy chứng nhận", 100000, NQ)],
  [D("Đơn xin giao đất, cho thuê đất", template="don-de-nghi-chuyen-muc-dich-su-dung-dat"),
   D("Trích lục bản đồ địa chính thửa đất hoặc trích đo bản đồ địa chính thửa đất")],
  ["Phòng chuyên môn thuộc Ủy ban nhân dân cấp xã thẩm định hồ sơ, xác minh thực địa; trình Chủ "
   "tịch Ủy ban nhân dân cấp xã quyết định giao đất, cho thuê đất.",
   "Xác định giá đất, thông báo nghĩa vụ tài chính; ký hợp đồng thuê đất (trường hợp thuê đất); "
   "bàn giao đất trên thực địa và cấp Giấy chứng nhận."],
  "Quyết định giao đất, cho thuê đất; Hợp đồng thuê đất; Giấy chứng nhận quyền sử dụng đất",
  LB("DD_LUAT", "DD_ND102", "DD_PD"),
  note="Không quá 20 ngày làm việc, không kể thời gian giải phóng mặt bằng, thực hiện nghĩa vụ tài chính.")

P("1.012763.000.00.00.H34", "Hòa giải tranh chấp đất đai", "DD", "xa", "partial", 30,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Đơn đề nghị hòa giải tranh chấp đất đai", template="don-de-nghi-hoa-giai-tranh-chap-dat-dai"),
   D("Giấy tờ, tài liệu có liên quan đến thửa đất tranh chấp (nếu có)", 0, 1, False)],
  ["Ủy ban nhân dân cấp xã thẩm tra, xác minh nguyên nhân phát sinh tranh chấp, thu thập giấy tờ "
   "có liên quan; thành lập Hội đồng hòa giải tranh chấp đất đai.",
   "Tổ chức cuộc họp hòa giải có sự tham gia của các bên tranh chấp, thành viên Hội đồng và người "
   "có quyền lợi, nghĩa vụ liên quan; lập biên bản hòa giải thành hoặc không thành."],
  "Biên bản hòa giải thành hoặc hòa giải không thành",
  LB("DD_LUAT", "DD_ND102", "DD_PD"), unit="calendar",
  note="Không quá 30 ngày kể từ ngày nhận được đơn yêu cầu giải quyết tranh chấp đất đai.")

# --- Xây dựng, nhà ở (cấp xã) ------------------------------------------------------------------

XD_LB = LB("XD_LUAT", "XD_LUAT2020", "XD_ND")
XD_THAM_DINH = ("Cơ quan cấp phép thẩm định hồ sơ, kiểm tra thực địa; trường hợp hồ sơ cần bổ "
                "sung thì thông báo một lần bằng văn bản cho chủ đầu tư trong thời hạn 07 ngày "
                "làm việc kể từ ngày nhận hồ sơ.")
BAN_VE = D("02 bộ bản vẽ thiết kế xây dựng (bản vẽ mặt bằng công trình trên lô đất, mặt bằng, mặt "
           "đứng, mặt cắt chính, mặt bằng móng, sơ đồ đấu nối hạ tầng kỹ thuật)", 2, 0)

P("1.009994.000.00.00.H34", "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", "XD", "xa",
  "full", 15,
  [F("Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ", 75000, NQ)],
  [D("Đơn đề nghị cấp giấy phép xây dựng theo mẫu", template="don-de-nghi-cap-giay-phep-xay-dung"),
   D("Bản sao một trong những giấy tờ chứng minh quyền sử dụng đất theo quy định của pháp luật "
     "về đất đai", 0, 1),
   BAN_VE,
   D("Bản kê khai năng lực, kinh nghiệm của tổ chức, cá nhân thiết kế (đối với công trình chưa "
     "được thẩm định thiết kế)", mandatory=False),
   D("Văn bản cam kết bảo đảm an toàn đối với công trình liền kề (trường hợp có tầng hầm hoặc xây "
     "chen)", mandatory=False)],
  [XD_THAM_DINH,
   "Chủ tịch Ủy ban nhân dân cấp xã xem xét, ký cấp giấy phép xây dựng kèm theo bản vẽ thiết kế "
   "được đóng dấu xác nhận."],
  "Giấy phép xây dựng kèm theo 01 bộ bản vẽ thiết kế có đóng dấu của cơ quan cấp phép",
  XD_LB, cond=["Phù hợp với mục đích sử dụng đất theo quy hoạch sử dụng đất được phê duyệt; phù "
               "hợp với quy chế quản lý kiến trúc, quy hoạch chi tiết (nếu có).",
               "Bảo đảm an toàn cho công trình, công trình lân cận và yêu cầu về phòng, chống cháy, "
               "nổ; bảo đảm khoảng cách an toàn đến công trình dễ cháy, nổ, độc hại."])

P("1.009995.000.00.00.H34", "Cấp giấy phép xây dựng sửa chữa, cải tạo đối với nhà ở riêng lẻ",
  "XD", "xa", "partial", 15,
  [F("Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ", 75000, NQ)],
  [D("Đơn đề nghị cấp giấy phép xây dựng theo mẫu", template="don-de-nghi-cap-giay-phep-xay-dung"),
   D("Bản sao giấy tờ chứng minh quyền sử dụng đất, quyền sở hữu nhà ở", 0, 1),
   D("Bản vẽ, ảnh chụp hiện trạng của bộ phận, hạng mục công trình đề nghị được cải tạo"),
   BAN_VE],
  [XD_THAM_DINH,
   "Chủ tịch Ủy ban nhân dân cấp xã xem xét, ký cấp giấy phép xây dựng sửa chữa, cải tạo."],
  "Giấy phép xây dựng sửa chữa, cải tạo kèm theo bản vẽ thiết kế có đóng dấu",
  XD_LB)

P("1.009996.000.00.00.H34", "Điều chỉnh giấy phép xây dựng đối với nhà ở riêng lẻ", "XD", "xa",
  "full", 15,
  [F("Lệ phí điều chỉnh giấy phép xây dựng", 15000, NQ)],
  [D("Đơn đề nghị điều chỉnh giấy phép xây dựng theo mẫu",
     template="don-de-nghi-dieu-chinh-gia-han-cap-lai-giay-phep-xay-dung"),
   D("Bản chính giấy phép xây dựng đã được cấp"),
   D("02 bộ bản vẽ thiết kế xây dựng điều chỉnh", 2, 0)],
  [XD_THAM_DINH,
   "Chủ tịch Ủy ban nhân dân cấp xã ký giấy phép xây dựng điều chỉnh."],
  "Giấy phép xây dựng điều chỉnh",
  XD_LB)

P("1.009997.000.00.00.H34", "Gia hạn giấy phép xây dựng đối với nhà ở riêng lẻ", "XD", "xa",
  "full", 5,
  [F("Lệ phí gia hạn giấy phép xây dựng", 15000, NQ)],
  [D("Đơn đề nghị gia hạn giấy phép xây dựng theo mẫu",
     template="don-de-nghi-dieu-chinh-gia-han-cap-lai-giay-phep-xay-dung"),
   D("Bản chính giấy phép xây dựng đã được cấp")],
  ["Cơ quan cấp phép kiểm tra, trình Chủ tịch Ủy ban nhân dân cấp xã ký gia hạn giấy phép xây dựng."],
  "Giấy phép xây dựng được gia hạn",
  XD_LB,
  cond=["Trong thời hạn 12 tháng kể từ ngày được cấp giấy phép mà công trình chưa được khởi công "
        "thì chủ đầu tư đề nghị gia hạn; mỗi giấy phép chỉ được gia hạn tối đa 02 lần, mỗi lần "
        "12 tháng."])

P("1.009998.000.00.00.H34", "Cấp lại giấy phép xây dựng đối với nhà ở riêng lẻ", "XD", "xa",
  "full", 5,
  [F("Lệ phí cấp lại giấy phép xây dựng", 15000, NQ)],
  [D("Đơn đề nghị cấp lại giấy phép xây dựng, trong đó giải trình rõ lý do đề nghị cấp lại",
     template="don-de-nghi-dieu-chinh-gia-han-cap-lai-giay-phep-xay-dung"),
   D("Bản chính giấy phép xây dựng đã được cấp (trường hợp bị rách, nát)", mandatory=False)],
  ["Cơ quan cấp phép kiểm tra hồ sơ lưu, trình Chủ tịch Ủy ban nhân dân cấp xã ký cấp lại giấy "
   "phép xây dựng."],
  "Giấy phép xây dựng được cấp lại",
  XD_LB)

P("1.012845.000.00.00.H34",
  "Xác nhận điều kiện về nhà ở để được hưởng chính sách hỗ trợ về nhà ở xã hội", "NO", "xa",
  "full", 7,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Mẫu giấy tờ chứng minh điều kiện về nhà ở theo mẫu",
     template="don-de-nghi-xac-nhan-dieu-kien-nha-o-xa-hoi"),
   ID],
  ["Ủy ban nhân dân cấp xã kiểm tra, đối chiếu thông tin về nhà ở của người đề nghị và hộ gia "
   "đình trên địa bàn (cơ sở dữ liệu đất đai, nhà ở và thực tế), xác nhận vào mẫu giấy tờ."],
  "Giấy tờ chứng minh điều kiện về nhà ở được Ủy ban nhân dân cấp xã xác nhận",
  LB("NO_LUAT", "NO_ND"))

# --- Hộ kinh doanh -----------------------------------------------------------------------------

HKD_LB = LB("DN_LUAT", "DN_ND", "DN_TT")
HKD_FEE = F("Lệ phí đăng ký hộ kinh doanh", 100000, NQ + "; miễn lệ phí khi đăng ký qua mạng "
            "điện tử theo Nghị quyết của Hội đồng nhân dân tỉnh")

P("2.000720.000.00.00.H34", "Đăng ký hộ kinh doanh", "HKD", "xa", "full", 3,
  [HKD_FEE],
  [D("Giấy đề nghị đăng ký hộ kinh doanh theo mẫu", template="giay-de-nghi-dang-ky-ho-kinh-doanh"),
   D("Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (trường hợp các thành "
     "viên hộ gia đình đăng ký hộ kinh doanh)", mandatory=False),
   D("Văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh (nếu có)",
     mandatory=False),
   ID],
  ["Cơ quan đăng ký kinh doanh cấp xã xem xét tính hợp lệ của hồ sơ, tên hộ kinh doanh; nếu hợp "
   "lệ thì cấp Giấy chứng nhận đăng ký hộ kinh doanh và cập nhật vào Hệ thống thông tin quốc gia "
   "về đăng ký hộ kinh doanh; nếu chưa hợp lệ thì thông báo bằng văn bản nội dung cần sửa đổi, "
   "bổ sung."],
  "Giấy chứng nhận đăng ký hộ kinh doanh",
  HKD_LB,
  cond=["Ngành, nghề đăng ký kinh doanh không bị cấm đầu tư kinh doanh; tên hộ kinh doanh không "
        "trùng với tên hộ kinh doanh đã đăng ký trên địa bàn tỉnh.",
        "Cá nhân, thành viên hộ gia đình là công dân Việt Nam có năng lực hành vi dân sự đầy đủ; "
        "mỗi cá nhân chỉ được đăng ký một hộ kinh doanh trên phạm vi toàn quốc."])

P("2.000575.000.00.00.H34", "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", "HKD", "xa",
  "full", 3,
  [HKD_FEE],
  [D("Thông báo thay đổi nội dung đăng ký hộ kinh doanh theo mẫu",
     template="thong-bao-thay-doi-noi-dung-dang-ky-ho-kinh-doanh"),
   D("Biên bản họp thành viên hộ gia đình về việc thay đổi nội dung đăng ký (trường hợp hộ kinh "
     "doanh do các thành viên hộ gia đình đăng ký)", mandatory=False),
   D("Hợp đồng mua bán, tặng cho hoặc giấy tờ chứng minh việc thừa kế (trường hợp thay đổi chủ hộ "
     "kinh doanh)", 0, 1, False)],
  ["Cơ quan đăng ký kinh doanh cấp xã kiểm tra tính hợp lệ của hồ sơ, cấp Giấy chứng nhận đăng ký "
   "hộ kinh doanh với nội dung đã thay đổi."],
  "Giấy chứng nhận đăng ký hộ kinh doanh (thay đổi)",
  HKD_LB)

P("2.000583.000.00.00.H34",
  "Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh",
  "HKD", "xa", "full", 3,
  [F("Lệ phí", 0, "Không thu lệ phí")],
  [D("Thông báo về việc tạm ngừng kinh doanh/tiếp tục kinh doanh trước thời hạn đã thông báo",
     template="thong-bao-tam-ngung-kinh-doanh")],
  ["Cơ quan đăng ký kinh doanh cấp xã tiếp nhận thông báo và cấp Giấy xác nhận về việc hộ kinh "
   "doanh đăng ký tạm ngừng kinh doanh/tiếp tục kinh doanh trước thời hạn."],
  "Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh/tiếp tục kinh doanh trước thời hạn",
  HKD_LB,
  cond=["Hộ kinh doanh thông báo chậm nhất 03 ngày làm việc trước ngày tạm ngừng hoặc tiếp tục "
        "kinh doanh."])

P("2.000644.000.00.00.H34", "Chấm dứt hoạt động hộ kinh doanh", "HKD", "xa", "full", 3,
  [F("Lệ phí", 0, "Không thu lệ phí")],
  [D("Thông báo về việc chấm dứt hoạt động hộ kinh doanh"),
   D("Thông báo của cơ quan thuế về việc hộ kinh doanh đã hoàn thành nghĩa vụ thuế (không yêu cầu "
     "nếu cơ quan đăng ký kinh doanh khai thác được trên hệ thống)", mandatory=False),
   D("Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh (nếu có)", mandatory=False)],
  ["Cơ quan đăng ký kinh doanh cấp xã kiểm tra, ra thông báo về việc chấm dứt hoạt động hộ kinh "
   "doanh và chuyển tình trạng pháp lý trên Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh."],
  "Thông báo về việc chấm dứt hoạt động hộ kinh doanh",
  HKD_LB)

P("2.000607.000.00.00.H34", "Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh", "HKD", "xa",
  "full", 3,
  [HKD_FEE],
  [D("Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh",
     template="giay-de-nghi-dang-ky-ho-kinh-doanh"),
   D("Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh (trường hợp bị hư hỏng)", mandatory=False)],
  ["Cơ quan đăng ký kinh doanh cấp xã xem xét và cấp lại Giấy chứng nhận đăng ký hộ kinh doanh."],
  "Giấy chứng nhận đăng ký hộ kinh doanh (cấp lại)",
  HKD_LB)

# --- Bảo trợ xã hội, giảm nghèo (cấp xã) -------------------------------------------------------

BTXH_LB = LB("BTXH_ND", "BTXH_ND76")

P("1.001776.000.00.00.H34",
  "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi "
  "dưỡng hằng tháng", "BTXH", "xa", "partial", 15,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Tờ khai đề nghị trợ giúp xã hội theo mẫu", template="to-khai-de-nghi-tro-giup-xa-hoi"),
   D("Giấy xác nhận khuyết tật (đối với người khuyết tật), giấy tờ chứng minh thuộc đối tượng "
     "(nếu có)", 0, 1, False),
   D("Giấy tờ xác nhận bị nhiễm HIV của cơ quan có thẩm quyền (đối với người nhiễm HIV thuộc hộ "
     "nghèo)", 0, 1, False)],
  ["Công chức phụ trách lao động - thương binh và xã hội rà soát, trình Hội đồng xét duyệt trợ "
   "giúp xã hội cấp xã; niêm yết công khai kết quả xét duyệt tại trụ sở Ủy ban nhân dân cấp xã "
   "trong thời gian 02 ngày làm việc.",
   "Chủ tịch Ủy ban nhân dân cấp xã quyết định trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm "
   "sóc, nuôi dưỡng hằng tháng; trường hợp không đủ điều kiện thì trả lời bằng văn bản và nêu rõ "
   "lý do."],
  "Quyết định hưởng, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng",
  BTXH_LB,
  cond=["Thuộc đối tượng hưởng trợ cấp xã hội hằng tháng quy định tại Điều 5 Nghị định số "
        "20/2021/NĐ-CP (trẻ em mồ côi, người cao tuổi, người khuyết tật nặng, đặc biệt nặng, …)."])

P("1.001699.000.00.00.H34",
  "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật", "BTXH", "xa",
  "partial", 20,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Đơn đề nghị xác định, xác định lại mức độ khuyết tật theo mẫu",
     template="don-de-nghi-xac-dinh-muc-do-khuyet-tat"),
   D("Bản sao các giấy tờ liên quan đến khuyết tật (bệnh án, giấy tờ khám, điều trị, phẫu thuật, "
     "biên bản giám định y khoa, …) nếu có", 0, 1, False)],
  ["Chủ tịch Ủy ban nhân dân cấp xã triệu tập Hội đồng xác định mức độ khuyết tật, gửi thông báo "
   "về thời gian, địa điểm xác định mức độ khuyết tật cho người khuyết tật hoặc người đại diện.",
   "Hội đồng tổ chức đánh giá dạng tật, mức độ khuyết tật bằng phương pháp quan sát, phỏng vấn, "
   "sử dụng bộ câu hỏi; lập biên bản và niêm yết, thông báo công khai kết quả.",
   "Chủ tịch Ủy ban nhân dân cấp xã cấp Giấy xác nhận khuyết tật."],
  "Giấy xác nhận khuyết tật",
  LB("NKT_LUAT", "NKT_TT"))

P("1.001653.000.00.00.H34", "Đổi, cấp lại Giấy xác nhận khuyết tật", "BTXH", "xa", "full", 5,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Đơn đề nghị đổi, cấp lại Giấy xác nhận khuyết tật theo mẫu",
     template="don-de-nghi-xac-dinh-muc-do-khuyet-tat"),
   D("Giấy xác nhận khuyết tật đã được cấp (trường hợp đổi do hư hỏng)", mandatory=False)],
  ["Chủ tịch Ủy ban nhân dân cấp xã căn cứ kết quả xác định mức độ khuyết tật đã lưu để đổi, cấp "
   "lại Giấy xác nhận khuyết tật."],
  "Giấy xác nhận khuyết tật (đổi, cấp lại)",
  LB("NKT_LUAT", "NKT_TT"))

P("2.000744.000.00.00.H34", "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", "BTXH", "xa",
  "full", 3,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Tờ khai đề nghị hỗ trợ chi phí mai táng theo mẫu",
     template="to-khai-de-nghi-ho-tro-chi-phi-mai-tang"),
   D("Bản sao giấy báo tử hoặc Trích lục khai tử", 0, 1),
   D("Bản sao quyết định hưởng trợ cấp xã hội của người chết (nếu có)", 0, 1, False)],
  ["Công chức phụ trách lao động - thương binh và xã hội kiểm tra, trình Chủ tịch Ủy ban nhân dân "
   "cấp xã quyết định hỗ trợ chi phí mai táng và tổ chức chi trả."],
  "Quyết định hỗ trợ chi phí mai táng",
  BTXH_LB,
  cond=["Người chết thuộc đối tượng đang hưởng trợ cấp xã hội hằng tháng, người thuộc hộ nghèo, "
        "hộ cận nghèo hoặc đối tượng khác theo quy định của Nghị định số 20/2021/NĐ-CP."])

P("2.000751.000.00.00.H34",
  "Chi trả trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng khi đối "
  "tượng thay đổi nơi cư trú trong cùng tỉnh hoặc sang tỉnh khác", "BTXH", "xa", "full", 5,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Văn bản đề nghị của đối tượng hoặc người giám hộ về việc thay đổi nơi cư trú"),
   D("Bản sao quyết định hưởng trợ cấp xã hội hằng tháng", 0, 1)],
  ["Ủy ban nhân dân cấp xã nơi cư trú cũ quyết định thôi hưởng và chuyển hồ sơ; Ủy ban nhân dân "
   "cấp xã nơi cư trú mới quyết định tiếp tục chi trả trợ cấp từ tháng tiếp theo."],
  "Quyết định thôi hưởng ở nơi cũ và quyết định chi trả trợ cấp ở nơi cư trú mới",
  BTXH_LB)

P("1.010802.000.00.00.H34", "Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở",
  "BTXH", "xa", "partial", 10,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Tờ khai đề nghị hỗ trợ về nhà ở theo mẫu", template="to-khai-de-nghi-tro-giup-xa-hoi")],
  ["Ủy ban nhân dân cấp xã tổ chức kiểm tra thực tế thiệt hại về nhà ở do thiên tai, hỏa hoạn "
   "hoặc lý do bất khả kháng khác; Hội đồng xét duyệt cấp xã bình xét.",
   "Chủ tịch Ủy ban nhân dân cấp xã quyết định hỗ trợ làm nhà ở, sửa chữa nhà ở."],
  "Quyết định hỗ trợ làm nhà ở, sửa chữa nhà ở",
  BTXH_LB,
  cond=["Hộ gia đình có nhà ở bị đổ, sập, trôi, cháy hoàn toàn hoặc hư hỏng nặng do thiên tai, "
        "hỏa hoạn hoặc lý do bất khả kháng khác mà không còn nơi ở."])

GN_LB = LB("GN_ND", "GN_QD")

P("1.010815.000.00.00.H34", "Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm", "GN", "xa",
  "partial", 7,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Giấy đề nghị xét duyệt hộ nghèo, hộ cận nghèo theo mẫu",
     template="giay-de-nghi-xet-duyet-ho-ngheo")],
  ["Ủy ban nhân dân cấp xã chỉ đạo Ban giảm nghèo tổ chức thẩm định, rà soát thu nhập và mức độ "
   "thiếu hụt dịch vụ xã hội cơ bản của hộ gia đình theo phiếu rà soát.",
   "Niêm yết công khai kết quả; Chủ tịch Ủy ban nhân dân cấp xã quyết định công nhận và cấp Giấy "
   "chứng nhận hộ nghèo, hộ cận nghèo."],
  "Quyết định công nhận hộ nghèo, hộ cận nghèo; Giấy chứng nhận hộ nghèo, hộ cận nghèo",
  GN_LB, note="Không quá 07 ngày làm việc kể từ ngày nhận được giấy đề nghị.")

P("1.010816.000.00.00.H34", "Công nhận hộ thoát nghèo, hộ thoát cận nghèo trong năm", "GN", "xa",
  "partial", 7,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Giấy đề nghị công nhận hộ thoát nghèo, hộ thoát cận nghèo theo mẫu",
     template="giay-de-nghi-xet-duyet-ho-ngheo")],
  ["Ban giảm nghèo cấp xã tổ chức thẩm định, rà soát hộ gia đình; niêm yết công khai kết quả.",
   "Chủ tịch Ủy ban nhân dân cấp xã quyết định công nhận hộ thoát nghèo, hộ thoát cận nghèo."],
  "Quyết định công nhận hộ thoát nghèo, hộ thoát cận nghèo",
  GN_LB)

# --- Người có công (cấp xã) ---------------------------------------------------------------------

NCC_LB = LB("NCC_PL", "NCC_ND", "NCC_ND55", "NCC_ND77")

P("1.010831.000.00.00.H34",
  "Xác nhận vào đơn đề nghị di chuyển hài cốt liệt sĩ; đơn đề nghị thăm viếng mộ liệt sĩ", "NCC",
  "xa", "full", 5,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Đơn đề nghị thăm viếng mộ liệt sĩ hoặc đơn đề nghị di chuyển hài cốt liệt sĩ theo mẫu",
     template="don-de-nghi-tham-vieng-di-chuyen-hai-cot-liet-si")],
  ["Ủy ban nhân dân cấp xã nơi người đề nghị thường trú kiểm tra thông tin, xác nhận vào đơn và "
   "chuyển hồ sơ đến Sở Nội vụ để cấp giấy giới thiệu hoặc giải quyết hỗ trợ."],
  "Đơn đề nghị được Ủy ban nhân dân cấp xã xác nhận",
  NCC_LB)

P("1.010832.000.00.00.H34", "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ", "NCC", "xa",
  "partial", 12,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Bản khai đề nghị giải quyết chế độ trợ cấp thờ cúng liệt sĩ theo mẫu",
     template="ban-khai-de-nghi-huong-che-do-nguoi-co-cong"),
   D("Biên bản ủy quyền của thân nhân liệt sĩ cho người thờ cúng (trường hợp ủy quyền)",
     mandatory=False),
   D("Bản sao Bằng Tổ quốc ghi công", 0, 1)],
  ["Ủy ban nhân dân cấp xã xác nhận bản khai, kiểm tra hồ sơ và đối chiếu dữ liệu người có công "
   "do Sở Nội vụ quản lý.",
   "Chủ tịch Ủy ban nhân dân cấp xã ra quyết định trợ cấp thờ cúng liệt sĩ."],
  "Quyết định trợ cấp thờ cúng liệt sĩ",
  NCC_LB)

P("1.010833.000.00.00.H34",
  "Giải quyết chế độ mai táng phí, trợ cấp một lần khi người có công với cách mạng từ trần",
  "NCC", "xa", "full", 12,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Bản khai của thân nhân hoặc người tổ chức mai táng theo mẫu",
     template="ban-khai-de-nghi-huong-che-do-nguoi-co-cong"),
   D("Bản sao Giấy chứng tử/Trích lục khai tử (không yêu cầu nếu khai thác được trên cơ sở dữ liệu)",
     0, 1, False),
   D("Biên bản ủy quyền của các thân nhân (trường hợp có nhiều thân nhân)", mandatory=False)],
  ["Ủy ban nhân dân cấp xã xác nhận bản khai, kiểm tra hồ sơ người có công đang hưởng trợ cấp.",
   "Chủ tịch Ủy ban nhân dân cấp xã ra quyết định trợ cấp mai táng phí, trợ cấp một lần và thực "
   "hiện chi trả."],
  "Quyết định hưởng mai táng phí, trợ cấp một lần",
  NCC_LB)

# --- Giáo dục (cấp xã) --------------------------------------------------------------------------

P("1.004443.000.00.00.H34", "Cho phép trường mầm non, trường mẫu giáo, nhà trẻ hoạt động giáo dục",
  "GD", "xa", "partial", 20,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Tờ trình đề nghị cho phép hoạt động giáo dục",
     template="to-trinh-de-nghi-cho-phep-hoat-dong-giao-duc"),
   D("Bản sao quyết định thành lập hoặc cho phép thành lập trường", 0, 1),
   D("Danh sách đội ngũ cán bộ quản lý, giáo viên, nhân viên kèm theo bản sao văn bằng, chứng chỉ",
     0, 1),
   D("Văn bản pháp lý xác nhận quyền sử dụng đất, nhà hoặc hợp đồng thuê trụ sở (thời hạn tối "
     "thiểu 05 năm)", 0, 1),
   D("Quy chế tổ chức và hoạt động, quy chế chi tiêu nội bộ của trường")],
  ["Phòng Văn hóa - Xã hội thẩm định hồ sơ, tổ chức kiểm tra thực tế các điều kiện hoạt động giáo "
   "dục.",
   "Chủ tịch Ủy ban nhân dân cấp xã quyết định cho phép hoạt động giáo dục; trường hợp chưa đủ "
   "điều kiện thì thông báo bằng văn bản."],
  "Quyết định cho phép hoạt động giáo dục",
  LB("GD_LUAT", "GD_ND"), who="organisation")

P("1.004492.000.00.00.H34", "Cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động giáo dục", "GD",
  "xa", "partial", 15,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Tờ trình đề nghị cho phép hoạt động giáo dục",
     template="to-trinh-de-nghi-cho-phep-hoat-dong-giao-duc"),
   D("Bản sao văn bằng, chứng chỉ của người phụ trách, giáo viên", 0, 1),
   D("Giấy tờ chứng minh quyền sử dụng hợp pháp cơ sở vật chất, địa điểm", 0, 1)],
  ["Ủy ban nhân dân cấp xã thẩm định hồ sơ, kiểm tra thực tế cơ sở vật chất, an toàn cho trẻ.",
   "Chủ tịch Ủy ban nhân dân cấp xã quyết định cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động."],
  "Quyết định cho phép hoạt động giáo dục nhóm trẻ, lớp mẫu giáo độc lập",
  LB("GD_LUAT", "GD_ND"), who="both")

P("1.005095.000.00.00.H34", "Chuyển trường đối với học sinh trung học cơ sở", "GD", "xa", "full", 3,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Đơn xin chuyển trường do cha, mẹ hoặc người giám hộ ký", template="don-xin-chuyen-truong"),
   D("Học bạ (bản chính)"),
   D("Giấy giới thiệu chuyển trường do Hiệu trưởng nhà trường nơi đi cấp"),
   D("Giấy xác nhận chuyển nơi cư trú hoặc giấy tờ hợp lệ chứng minh lý do chuyển trường (nếu có)",
     mandatory=False)],
  ["Hiệu trưởng trường nơi đến tiếp nhận, xem xét; Ủy ban nhân dân cấp xã (Phòng Văn hóa - Xã "
   "hội) giới thiệu chuyển trường đối với trường hợp chuyển đến từ tỉnh khác."],
  "Học sinh được tiếp nhận vào học tại trường nơi đến",
  LB("GD_LUAT", "GD_CT"),
  note="Trong thời hạn 03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.")

# --- Văn hóa (cấp xã) ---------------------------------------------------------------------------

P("1.001029.000.00.00.H34", "Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke", "VH", "xa",
  "partial", 5,
  [F("Phí thẩm định cấp giấy phép kinh doanh karaoke", 4000000, "Tại các phường: 4.000.000 đồng/giấy "
     "phép đến 03 phòng, từ phòng thứ 4 trở lên thu thêm 1.000.000 đồng/phòng; tại các xã: "
     "2.000.000 đồng/giấy phép đến 03 phòng, thêm 500.000 đồng/phòng")],
  [D("Đơn đề nghị cấp giấy phép theo mẫu", template="don-de-nghi-cap-giay-phep-karaoke-vu-truong"),
   D("Bản sao Giấy chứng nhận đủ điều kiện về an ninh, trật tự", 0, 1)],
  ["Ủy ban nhân dân cấp xã thẩm định hồ sơ, thẩm định thực tế điều kiện kinh doanh (diện tích "
   "phòng, cửa phòng, cách âm, an toàn phòng cháy, chữa cháy).",
   "Chủ tịch Ủy ban nhân dân cấp xã cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke."],
  "Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke",
  LB("KARA_ND", "KARA_PHI"), who="both",
  cond=["Là doanh nghiệp hoặc hộ kinh doanh được thành lập theo quy định của pháp luật.",
        "Phòng hát có diện tích sử dụng từ 20 m² trở lên, không kể công trình phụ; không được đặt "
        "chốt cửa bên trong hoặc thiết bị báo động."])

P("1.000954.000.00.00.H34", "Đăng ký tổ chức lễ hội cấp xã", "VH", "xa", "partial", 10,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Văn bản đăng ký tổ chức lễ hội", template="van-ban-dang-ky-to-chuc-le-hoi"),
   D("Kế hoạch tổ chức lễ hội, phương án bảo đảm an ninh, trật tự, an toàn")],
  ["Ủy ban nhân dân cấp xã xem xét nội dung, quy mô, thời gian, địa điểm tổ chức lễ hội.",
   "Chủ tịch Ủy ban nhân dân cấp xã có văn bản chấp thuận; trường hợp không chấp thuận phải trả "
   "lời bằng văn bản, nêu rõ lý do."],
  "Văn bản chấp thuận tổ chức lễ hội",
  LB("LH_ND"), who="organisation",
  note="Gửi văn bản đăng ký chậm nhất 20 ngày làm việc trước ngày dự kiến tổ chức.")

P("1.000960.000.00.00.H34", "Thông báo tổ chức lễ hội cấp xã", "VH", "xa", "full", 5,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Văn bản thông báo tổ chức lễ hội (thời gian, địa điểm, nội dung, dự kiến thành phần)",
     template="van-ban-dang-ky-to-chuc-le-hoi")],
  ["Ủy ban nhân dân cấp xã tiếp nhận thông báo; trường hợp lễ hội có nội dung không phù hợp thì có "
   "văn bản yêu cầu điều chỉnh."],
  "Ý kiến của Ủy ban nhân dân cấp xã về việc tổ chức lễ hội (nếu có)",
  LB("LH_ND"), who="organisation",
  note="Thông báo chậm nhất 20 ngày làm việc trước ngày tổ chức lễ hội.")

P("1.012386.000.00.00.H34", "Xét tặng danh hiệu “Gia đình văn hóa” hằng năm", "VH", "xa",
  "partial", 10,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Bản đăng ký tham gia xây dựng danh hiệu “Gia đình văn hóa” của hộ gia đình"),
   D("Biên bản họp bình xét của thôn, tổ dân phố kèm danh sách đề nghị")],
  ["Trưởng thôn, tổ dân phố tổ chức họp bình xét, lập danh sách đề nghị gửi Ủy ban nhân dân cấp xã.",
   "Chủ tịch Ủy ban nhân dân cấp xã quyết định tặng danh hiệu “Gia đình văn hóa” và Giấy khen "
   "(nếu có)."],
  "Quyết định tặng danh hiệu “Gia đình văn hóa”",
  LB("GDVH_ND"))

P("1.008900.000.00.00.H34", "Thông báo thành lập thư viện đối với thư viện cộng đồng", "VH", "xa",
  "full", 5,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Thông báo thành lập thư viện (tên, địa chỉ, quy mô vốn tài liệu, người phụ trách)"),
   D("Quy chế tổ chức và hoạt động của thư viện")],
  ["Ủy ban nhân dân cấp xã tiếp nhận thông báo, cập nhật thư viện vào danh sách thư viện trên "
   "địa bàn và hướng dẫn hoạt động."],
  "Thư viện được ghi nhận trong danh sách thư viện cộng đồng trên địa bàn",
  LB("TV_LUAT", "TV_ND"), who="both")

# --- Thi đua, khen thưởng (cấp xã) ------------------------------------------------------------

TDKT_LB = LB("TDKT_LUAT", "TDKT_ND")

P("2.000346.000.00.00.H34",
  "Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã về thành tích thực hiện nhiệm vụ chính trị",
  "TDKT", "xa", "partial", 20,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Tờ trình đề nghị khen thưởng", template="to-trinh-de-nghi-khen-thuong"),
   D("Báo cáo thành tích của cá nhân, tập thể được đề nghị khen thưởng",
     template="bao-cao-thanh-tich"),
   D("Biên bản họp xét khen thưởng")],
  ["Công chức làm công tác thi đua, khen thưởng thẩm định hồ sơ, trình Hội đồng Thi đua - Khen "
   "thưởng cấp xã xem xét.",
   "Chủ tịch Ủy ban nhân dân cấp xã quyết định tặng Giấy khen."],
  "Quyết định và Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã",
  TDKT_LB, who="both")

P("2.000337.000.00.00.H34",
  "Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã về thành tích đột xuất", "TDKT", "xa",
  "full", 5,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Tờ trình đề nghị khen thưởng", template="to-trinh-de-nghi-khen-thuong"),
   D("Bản tóm tắt thành tích, trong đó ghi rõ hành động, thành tích, công trạng đột xuất")],
  ["Công chức làm công tác thi đua, khen thưởng thẩm định hồ sơ, trình Chủ tịch Ủy ban nhân dân "
   "cấp xã quyết định tặng Giấy khen."],
  "Quyết định và Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã",
  TDKT_LB, who="both")

P("2.000329.000.00.00.H34", "Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã cho gia đình",
  "TDKT", "xa", "partial", 20,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Tờ trình đề nghị khen thưởng", template="to-trinh-de-nghi-khen-thuong"),
   D("Báo cáo thành tích của gia đình (ghi rõ nội dung đóng góp, công sức, tài sản)",
     template="bao-cao-thanh-tich")],
  ["Công chức làm công tác thi đua, khen thưởng thẩm định hồ sơ, trình Chủ tịch Ủy ban nhân dân "
   "cấp xã quyết định tặng Giấy khen."],
  "Quyết định và Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã",
  TDKT_LB)

# --- Tín ngưỡng, tôn giáo (cấp xã) ---------------------------------------------------------------

TG_LB = LB("TG_LUAT", "TG_ND")

P("1.001085.000.00.00.H34", "Đăng ký hoạt động tín ngưỡng", "TG", "xa", "partial", 15,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Văn bản đăng ký hoạt động tín ngưỡng (tên cơ sở, loại hình tín ngưỡng, danh mục hoạt động, "
     "quy mô, thời gian, địa điểm)", template="van-ban-dang-ky-sinh-hoat-ton-giao-tap-trung")],
  ["Ủy ban nhân dân cấp xã xem xét hồ sơ; trường hợp không đồng ý thì trả lời bằng văn bản, nêu "
   "rõ lý do trong thời hạn 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ."],
  "Văn bản chấp thuận (hoặc không có ý kiến sau thời hạn thì người đại diện được tổ chức hoạt "
  "động theo danh mục đã đăng ký)",
  TG_LB, unit="calendar")

P("1.001078.000.00.00.H34", "Đăng ký sinh hoạt tôn giáo tập trung", "TG", "xa", "partial", 20,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Văn bản đăng ký sinh hoạt tôn giáo tập trung",
     template="van-ban-dang-ky-sinh-hoat-ton-giao-tap-trung"),
   D("Bản tóm tắt giáo lý, giáo luật, lễ nghi (đối với nhóm của tổ chức chưa được cấp chứng nhận "
     "đăng ký hoạt động tôn giáo)", mandatory=False),
   D("Giấy tờ hợp pháp chứng minh địa điểm sinh hoạt tôn giáo tập trung", 0, 1),
   D("Văn bản chấp thuận của tổ chức tôn giáo (đối với nhóm của tổ chức tôn giáo)", mandatory=False)],
  ["Ủy ban nhân dân cấp xã xem xét hồ sơ, thẩm định địa điểm sinh hoạt tôn giáo tập trung.",
   "Chủ tịch Ủy ban nhân dân cấp xã có văn bản chấp thuận; trường hợp từ chối phải nêu rõ lý do."],
  "Văn bản chấp thuận đăng ký sinh hoạt tôn giáo tập trung",
  TG_LB, unit="calendar",
  cond=["Có giáo lý, giáo luật, lễ nghi; có địa điểm hợp pháp để sinh hoạt tôn giáo; người đại "
        "diện là công dân Việt Nam thường trú tại Việt Nam, có năng lực hành vi dân sự đầy đủ."])

# --- Công Thương (cấp xã) ------------------------------------------------------------------------

P("2.000633.000.00.00.H34", "Cấp Giấy phép bán lẻ rượu", "LTHH", "xa", "full", 10,
  [F("Phí thẩm định cấp Giấy phép bán lẻ rượu", 1200000, "Tại các phường: 1.200.000 đồng/điểm kinh "
     "doanh/lần thẩm định; tại các xã, đặc khu: 600.000 đồng/điểm kinh doanh/lần thẩm định")],
  [D("Đơn đề nghị cấp Giấy phép bán lẻ rượu theo mẫu",
     template="don-de-nghi-cap-giay-phep-kinh-doanh-ruou"),
   GPKD,
   D("Bản sao hợp đồng mua bán hoặc văn bản giới thiệu của thương nhân sản xuất, phân phối, bán "
     "buôn sản phẩm rượu", 0, 1),
   D("Bản sao giấy tờ chứng minh quyền sử dụng hợp pháp địa điểm kinh doanh", 0, 1)],
  ["Phòng Kinh tế thẩm định hồ sơ, kiểm tra thực tế (nếu cần); trình Chủ tịch Ủy ban nhân dân cấp "
   "xã cấp Giấy phép bán lẻ rượu."],
  "Giấy phép bán lẻ rượu (thời hạn 05 năm)",
  LB("TM_LUAT", "RUOU_ND", "TMPHI"), who="both")

P("2.000620.000.00.00.H34", "Cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh",
  "LTHH", "xa", "partial", 10,
  [F("Phí thẩm định cấp Giấy phép sản xuất rượu thủ công", 1200000, "Tại các phường: 1.200.000 "
     "đồng/lần thẩm định; tại các xã, đặc khu: 600.000 đồng/lần thẩm định")],
  [D("Đơn đề nghị cấp Giấy phép sản xuất rượu thủ công theo mẫu",
     template="don-de-nghi-cap-giay-phep-kinh-doanh-ruou"),
   GPKD,
   D("Bản sao hợp đồng mua bán với thương nhân có Giấy phép sản xuất rượu để chế biến lại (trường "
     "hợp không trực tiếp bán ra thị trường)", 0, 1, False),
   D("Bản sao bản công bố sản phẩm rượu hoặc giấy tờ tự công bố sản phẩm", 0, 1),
   D("Bản sao Giấy chứng nhận đủ điều kiện an toàn thực phẩm hoặc bản cam kết bảo đảm an toàn thực "
     "phẩm", 0, 1)],
  ["Phòng Kinh tế thẩm định hồ sơ, kiểm tra thực tế tại cơ sở; trình Chủ tịch Ủy ban nhân dân cấp "
   "xã cấp Giấy phép."],
  "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh",
  LB("TM_LUAT", "RUOU_ND", "TMPHI"), who="both")

P("2.000621.000.00.00.H34", "Cấp Giấy phép bán lẻ sản phẩm thuốc lá", "LTHH", "xa", "full", 15,
  [F("Phí thẩm định cấp Giấy phép bán lẻ sản phẩm thuốc lá", 1200000, "Tại các phường: 1.200.000 "
     "đồng/điểm kinh doanh/lần thẩm định; tại các xã, đặc khu: 600.000 đồng/điểm kinh doanh/lần "
     "thẩm định")],
  [D("Đơn đề nghị cấp Giấy phép bán lẻ sản phẩm thuốc lá theo mẫu",
     template="don-de-nghi-cap-giay-phep-kinh-doanh-thuoc-la"),
   GPKD,
   D("Bản sao các văn bản giới thiệu của thương nhân phân phối hoặc bán buôn sản phẩm thuốc lá", 0, 1),
   D("Bản sao giấy tờ chứng minh quyền sử dụng hợp pháp địa điểm kinh doanh", 0, 1)],
  ["Phòng Kinh tế thẩm định hồ sơ, kiểm tra địa điểm (không được đặt tại khu vực cấm bán thuốc lá); "
   "trình Chủ tịch Ủy ban nhân dân cấp xã cấp Giấy phép."],
  "Giấy phép bán lẻ sản phẩm thuốc lá (thời hạn 05 năm)",
  LB("TL_LUAT", "TL_ND", "TMPHI"), who="both")

# --- Môi trường, tài nguyên nước, nông nghiệp (cấp xã) ------------------------------------------

P("1.010728.000.00.00.H34", "Đăng ký môi trường (cấp xã)", "MT", "xa", "full", 5,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Văn bản đăng ký môi trường theo mẫu", template="van-ban-dang-ky-moi-truong")],
  ["Ủy ban nhân dân cấp xã tiếp nhận văn bản đăng ký môi trường, cập nhật vào cơ sở dữ liệu về "
   "môi trường; kiểm tra việc thực hiện các biện pháp bảo vệ môi trường theo nội dung đã đăng ký."],
  "Văn bản xác nhận đã tiếp nhận đăng ký môi trường",
  LB("MT_LUAT", "MT_ND", "MT_TT"), who="both",
  cond=["Dự án đầu tư, cơ sở thuộc đối tượng phải đăng ký môi trường theo Điều 49 Luật Bảo vệ môi "
        "trường và không thuộc đối tượng phải có giấy phép môi trường."])

P("1.012190.000.00.00.H34", "Đăng ký khai thác, sử dụng nước dưới đất", "TNN", "xa", "full", 10,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Tờ khai đăng ký khai thác, sử dụng nước dưới đất theo mẫu (vị trí giếng, chiều sâu, lưu "
     "lượng, mục đích sử dụng)")],
  ["Ủy ban nhân dân cấp xã kiểm tra nội dung tờ khai, xác nhận đăng ký và tổng hợp vào danh mục "
   "công trình khai thác nước dưới đất trên địa bàn."],
  "Tờ khai đăng ký khai thác, sử dụng nước dưới đất được xác nhận",
  LB("TNN_LUAT", "TNN_ND"), who="both",
  cond=["Công trình khai thác nước dưới đất thuộc trường hợp phải đăng ký, không phải cấp giấy "
        "phép (quy mô hộ gia đình, khai thác dưới 10 m³/ngày đêm trong vùng phải đăng ký)."])

P("1.008126.000.00.00.H34", "Kê khai hoạt động chăn nuôi", "CN", "xa", "full", 1,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Bản kê khai hoạt động chăn nuôi theo mẫu", template="ban-ke-khai-hoat-dong-chan-nuoi")],
  ["Ủy ban nhân dân cấp xã tiếp nhận bản kê khai, tổng hợp vào cơ sở dữ liệu chăn nuôi và báo cáo "
   "Sở Nông nghiệp và Môi trường theo định kỳ."],
  "Bản kê khai hoạt động chăn nuôi được tiếp nhận",
  LB("CN_LUAT", "CN_ND"),
  cond=["Tổ chức, cá nhân chăn nuôi quy mô nông hộ, quy mô nhỏ, quy mô vừa, quy mô lớn phải kê "
        "khai hoạt động chăn nuôi với Ủy ban nhân dân cấp xã."])

P("1.012418.000.00.00.H34", "Đăng ký chuyển đổi cơ cấu cây trồng trên đất trồng lúa", "TT", "xa",
  "full", 5,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Bản đăng ký chuyển đổi cơ cấu cây trồng trên đất trồng lúa theo mẫu",
     template="don-dang-ky-chuyen-doi-co-cau-cay-trong")],
  ["Ủy ban nhân dân cấp xã xem xét sự phù hợp với kế hoạch chuyển đổi cơ cấu cây trồng trên đất "
   "trồng lúa của địa phương; đồng ý hoặc không đồng ý bằng văn bản (nêu rõ lý do)."],
  "Văn bản chấp thuận đăng ký chuyển đổi cơ cấu cây trồng trên đất trồng lúa",
  LB("TT_LUAT", "TT_LUA"))

P("1.004923.000.00.00.H34",
  "Xác nhận đăng ký nuôi trồng thủy sản lồng bè, đối tượng thủy sản nuôi chủ lực", "TS", "xa",
  "partial", 5,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Đơn đề nghị xác nhận đăng ký nuôi trồng thủy sản lồng bè, đối tượng thủy sản nuôi chủ lực "
     "(vị trí, diện tích, số lồng, đối tượng nuôi)"),
   D("Bản sao quyết định giao khu vực biển hoặc giấy tờ về quyền sử dụng mặt nước (nếu có)", 0, 1,
     False)],
  ["Ủy ban nhân dân cấp xã kiểm tra thông tin, vị trí nuôi trên thực địa và cấp Giấy xác nhận "
   "đăng ký nuôi trồng thủy sản."],
  "Giấy xác nhận đăng ký nuôi trồng thủy sản lồng bè, đối tượng thủy sản nuôi chủ lực",
  LB("TS_LUAT", "TS_ND"), who="both")


# =============================================================================================
# CẤP TỈNH (sở, ban, ngành; tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh)
# =============================================================================================


def S(*texts):
    """Steps written out in full (used where the standard intake does not fit)."""
    return [f"Bước {i}: {t}" for i, t in enumerate(texts, 1)]


# --- Sở Tư pháp --------------------------------------------------------------------------------

LLTP_LB = LB("LLTP_LUAT", "LLTP_ND", "LLTP_TT", "LLTP_PHI")

P("2.000488.000.00.00.H34",  # mã quốc gia
  "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
  "LLTP", "STP", "full", 10,
  [F("Phí cung cấp thông tin lý lịch tư pháp", 200000, "200.000 đồng/lần/người; sinh viên, người "
     "có công với cách mạng, thân nhân liệt sĩ: 100.000 đồng/lần/người; miễn đối với trẻ em, người "
     "cao tuổi, người khuyết tật, người thuộc hộ nghèo, người cư trú tại xã đặc biệt khó khăn"),
   F("Phí cấp thêm Phiếu lý lịch tư pháp", 5000, "Từ Phiếu thứ 3 trở đi: 5.000 đồng/Phiếu")],
  [D("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp theo mẫu",
     template="to-khai-yeu-cau-cap-phieu-ly-lich-tu-phap"),
   ID,
   D("Giấy tờ chứng minh thuộc đối tượng được miễn, giảm phí (nếu có)", 0, 1, False),
   D("Văn bản ủy quyền (trường hợp ủy quyền yêu cầu cấp Phiếu số 1; không áp dụng đối với Phiếu "
     "số 2)", mandatory=False)],
  ["Sở Tư pháp tra cứu thông tin trong Cơ sở dữ liệu lý lịch tư pháp; trường hợp cần thiết thì "
   "phối hợp với cơ quan Công an, Tòa án và cơ quan có liên quan để xác minh về tình trạng án tích.",
   "Giám đốc Sở Tư pháp (hoặc người được ủy quyền) ký Phiếu lý lịch tư pháp (bản giấy hoặc bản "
   "điện tử)."],
  "Phiếu lý lịch tư pháp số 1 hoặc số 2 (bản giấy hoặc bản điện tử)",
  LLTP_LB,
  note="10 ngày làm việc; trường hợp người được cấp Phiếu là công dân Việt Nam đã cư trú ở nhiều "
  "nơi, có thời gian cư trú ở nước ngoài, người nước ngoài hoặc phải xác minh về điều kiện đương "
  "nhiên được xóa án tích thì không quá 15 ngày. Có thể yêu cầu trên ứng dụng VNeID.")

P("2.000505.000.00.00.H34", "Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng",  # mã quốc gia
  "LLTP", "STP", "partial", 5,
  [F("Phí cung cấp thông tin lý lịch tư pháp", 0, "Không thu phí đối với cơ quan tiến hành tố tụng")],
  [D("Văn bản yêu cầu cung cấp thông tin lý lịch tư pháp của cơ quan tiến hành tố tụng",
     template="van-ban-yeu-cau-cung-cap-thong-tin-lltp")],
  ["Sở Tư pháp tra cứu thông tin, xác minh (nếu cần) và cấp Phiếu lý lịch tư pháp số 2 cho cơ quan "
   "tiến hành tố tụng."],
  "Phiếu lý lịch tư pháp số 2",
  LLTP_LB, who="organisation",
  note="05 ngày làm việc; trường hợp khẩn cấp thì không quá 24 giờ kể từ thời điểm nhận được yêu cầu.")

P("2.000522.000.00.00.H34",
  "Cấp Phiếu lý lịch tư pháp cho cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội",
  "LLTP", "STP", "full", 10,
  [F("Phí cung cấp thông tin lý lịch tư pháp", 0, "Không thu phí đối với cơ quan nhà nước, tổ "
     "chức chính trị, tổ chức chính trị - xã hội yêu cầu phục vụ công tác quản lý nhân sự")],
  [D("Văn bản yêu cầu cung cấp thông tin lý lịch tư pháp",
     template="van-ban-yeu-cau-cung-cap-thong-tin-lltp")],
  ["Sở Tư pháp tra cứu thông tin trong Cơ sở dữ liệu lý lịch tư pháp, xác minh (nếu cần) và cấp "
   "Phiếu lý lịch tư pháp số 1."],
  "Phiếu lý lịch tư pháp số 1",
  LLTP_LB, who="organisation")

P("1.001767.000.00.00.H34", "Nhập quốc tịch Việt Nam", "QT", "STP", "partial", 115,
  [F("Lệ phí nhập quốc tịch Việt Nam", 3000000, "3.000.000 đồng/trường hợp; miễn đối với người "
     "không quốc tịch cư trú ổn định tại Việt Nam, người có công với cách mạng")],
  [D("Đơn xin nhập quốc tịch Việt Nam theo mẫu", template="don-xin-nhap-quoc-tich-viet-nam"),
   D("Bản sao Giấy khai sinh, Hộ chiếu hoặc giấy tờ khác có giá trị thay thế", 0, 1),
   D("Bản khai lý lịch"),
   D("Phiếu lý lịch tư pháp do cơ quan có thẩm quyền của Việt Nam và của nước mà người đó là công "
     "dân cấp (không quá 90 ngày tính đến ngày nộp hồ sơ)"),
   D("Giấy tờ chứng minh trình độ tiếng Việt, chỗ ở, khả năng bảo đảm cuộc sống tại Việt Nam"),
   D("Bản sao Thẻ thường trú", 0, 1)],
  S("Người xin nhập quốc tịch Việt Nam nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công "
    "tỉnh Khánh Hòa (Sở Tư pháp tiếp nhận).",
    "Sở Tư pháp kiểm tra hồ sơ, gửi văn bản đề nghị Công an tỉnh xác minh về nhân thân; kiểm tra "
    "trình độ tiếng Việt (nếu cần).",
    "Sở Tư pháp hoàn tất hồ sơ, báo cáo Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân tỉnh có văn "
    "bản đề xuất gửi Bộ Tư pháp.",
    "Bộ Tư pháp thẩm tra, báo cáo Thủ tướng Chính phủ trình Chủ tịch nước xem xét, quyết định.",
    "Nhận Quyết định cho nhập quốc tịch Việt Nam tại Sở Tư pháp hoặc qua dịch vụ bưu chính công ích."),
  "Quyết định cho nhập quốc tịch Việt Nam của Chủ tịch nước",
  LB("QT_LUAT", "QT_ND", "HT_PHI"), submit=False,
  cond=["Có năng lực hành vi dân sự đầy đủ; tuân thủ Hiến pháp và pháp luật Việt Nam; biết tiếng "
        "Việt đủ để hòa nhập vào cộng đồng Việt Nam.",
        "Đã thường trú ở Việt Nam từ 05 năm trở lên tính đến thời điểm xin nhập quốc tịch; có khả "
        "năng bảo đảm cuộc sống tại Việt Nam."],
  note="Tổng thời hạn theo Luật Quốc tịch Việt Nam, không kể thời gian người xin nhập quốc tịch "
  "làm thủ tục thôi quốc tịch nước ngoài.")

P("1.001872.000.00.00.H34", "Xác nhận có quốc tịch Việt Nam ở trong nước", "QT", "STP", "partial", 10,
  [F("Phí xác nhận có quốc tịch Việt Nam", 100000, "100.000 đồng/trường hợp")],
  [D("Tờ khai đề nghị xác nhận có quốc tịch Việt Nam theo mẫu",
     template="to-khai-xac-nhan-co-quoc-tich-viet-nam"),
   D("Bản sao giấy tờ chứng minh có quốc tịch Việt Nam hoặc giấy tờ làm căn cứ xác định quốc "
     "tịch Việt Nam", 0, 1),
   ID],
  ["Sở Tư pháp kiểm tra hồ sơ, tra cứu, xác minh thông tin về quốc tịch của người yêu cầu; nếu có "
   "căn cứ thì Giám đốc Sở Tư pháp cấp Giấy xác nhận có quốc tịch Việt Nam."],
  "Giấy xác nhận có quốc tịch Việt Nam",
  LB("QT_LUAT", "QT_ND", "HT_PHI"))

P("2.002388.000.00.00.H34", "Đăng ký hành nghề và cấp Thẻ công chứng viên", "CC", "STP", "full", 10,
  [F("Lệ phí cấp Thẻ công chứng viên", 100000, "100.000 đồng/thẻ")],
  [D("Giấy đề nghị đăng ký hành nghề và cấp Thẻ công chứng viên của tổ chức hành nghề công chứng"),
   D("Bản sao quyết định bổ nhiệm hoặc bổ nhiệm lại công chứng viên", 0, 1),
   D("Giấy tờ chứng minh đã tham gia bảo hiểm trách nhiệm nghề nghiệp", 0, 1),
   D("01 ảnh chân dung cỡ 2cm x 3cm (ảnh chụp không quá 06 tháng)")],
  ["Sở Tư pháp xem xét hồ sơ; nếu đủ điều kiện thì đăng ký hành nghề và cấp Thẻ công chứng viên; "
   "trường hợp từ chối thì thông báo bằng văn bản, nêu rõ lý do."],
  "Thẻ công chứng viên",
  LB("CC_LUAT", "CC_PHI"), who="organisation")

P("1.002032.000.00.00.H34", "Đăng ký hoạt động của tổ chức hành nghề luật sư", "LS", "STP", "full", 10,
  [F("Phí thẩm định điều kiện đăng ký hoạt động của tổ chức hành nghề luật sư", 500000,
     "500.000 đồng/hồ sơ")],
  [D("Giấy đề nghị đăng ký hoạt động của tổ chức hành nghề luật sư theo mẫu"),
   D("Dự thảo Điều lệ của công ty luật (đối với công ty luật)", mandatory=False),
   D("Bản sao Chứng chỉ hành nghề luật sư, Thẻ luật sư của luật sư thành lập", 0, 1),
   D("Bản sao giấy tờ chứng minh về trụ sở của tổ chức hành nghề luật sư", 0, 1)],
  ["Sở Tư pháp xem xét hồ sơ, cấp Giấy đăng ký hoạt động cho tổ chức hành nghề luật sư; trường "
   "hợp từ chối phải thông báo bằng văn bản, nêu rõ lý do."],
  "Giấy đăng ký hoạt động của tổ chức hành nghề luật sư",
  LB("LS_LUAT", "LS_ND", "LS_PHI"), who="organisation")

P("2.001680.000.00.00.H34", "Thủ tục yêu cầu trợ giúp pháp lý", "TGPL", "STP", "full", 2,
  [F("Phí, lệ phí", 0, "Người được trợ giúp pháp lý không phải trả tiền, lợi ích vật chất hoặc "
     "lợi ích khác")],
  [D("Đơn yêu cầu trợ giúp pháp lý theo mẫu", template="don-yeu-cau-tro-giup-phap-ly"),
   D("Giấy tờ chứng minh là người được trợ giúp pháp lý (thẻ người có công, giấy chứng nhận hộ "
     "nghèo, …)", 0, 1),
   D("Các giấy tờ, tài liệu có liên quan đến vụ việc trợ giúp pháp lý", 0, 1, False)],
  ["Trung tâm Trợ giúp pháp lý nhà nước thuộc Sở Tư pháp kiểm tra, thụ lý vụ việc và thông báo "
   "cho người yêu cầu; phân công trợ giúp viên pháp lý, luật sư thực hiện trợ giúp pháp lý."],
  "Văn bản thông báo thụ lý và phân công người thực hiện trợ giúp pháp lý",
  LB("TGPL_LUAT", "TGPL_TT"),
  note="02 ngày làm việc kể từ ngày nhận đủ hồ sơ (thời hạn thụ lý).")

P("1.001815.000.00.00.H34", "Đăng ký hoạt động của doanh nghiệp đấu giá tài sản", "DGTS", "STP",
  "full", 7,
  [F("Phí thẩm định điều kiện hoạt động đấu giá tài sản", 1000000, "1.000.000 đồng/hồ sơ")],
  [D("Đơn đề nghị đăng ký hoạt động của doanh nghiệp đấu giá tài sản theo mẫu"),
   D("Bản sao Giấy chứng nhận đăng ký doanh nghiệp", 0, 1),
   D("Bản sao Chứng chỉ hành nghề đấu giá của đấu giá viên", 0, 1),
   D("Giấy tờ chứng minh đủ cơ sở vật chất, trang thiết bị cần thiết", 0, 1)],
  ["Sở Tư pháp xem xét hồ sơ, cấp Giấy đăng ký hoạt động của doanh nghiệp đấu giá tài sản."],
  "Giấy đăng ký hoạt động của doanh nghiệp đấu giá tài sản",
  LB("DG_LUAT", "DG_ND"), who="organisation")

# --- Sở Tài chính: đăng ký doanh nghiệp, đầu tư ----------------------------------------------------

DN_LB = LB("DN_LUAT", "DN_ND", "DN_TT", "DN_PHI")
DN_FEES = [
    F("Lệ phí đăng ký doanh nghiệp", 50000, "50.000 đồng/lần; miễn lệ phí khi đăng ký qua mạng "
      "thông tin điện tử"),
    F("Phí công bố nội dung đăng ký doanh nghiệp", 100000, "100.000 đồng/lần"),
]
DN_PUB = [F("Phí công bố nội dung đăng ký doanh nghiệp", 100000, "100.000 đồng/lần")]
DN_UQ = D("Văn bản ủy quyền cho cá nhân thực hiện thủ tục đăng ký doanh nghiệp; bản sao giấy tờ "
          "pháp lý của người được ủy quyền (trường hợp ủy quyền)", mandatory=False)
DN_ID = D("Bản sao giấy tờ pháp lý của cá nhân đối với người đại diện theo pháp luật (không yêu "
          "cầu nếu đã xác thực qua tài khoản định danh điện tử mức độ 2)", 0, 1)


def dn_steps(action, result):
    return S(
        "Người thành lập doanh nghiệp hoặc người được ủy quyền nộp hồ sơ trực tuyến trên Cổng thông "
        "tin quốc gia về đăng ký doanh nghiệp (dangkykinhdoanh.gov.vn) hoặc nộp trực tiếp, qua dịch "
        "vụ bưu chính tại Trung tâm Phục vụ hành chính công tỉnh Khánh Hòa.",
        "Phòng Đăng ký kinh doanh - Sở Tài chính tiếp nhận hồ sơ, trao Giấy biên nhận và kiểm tra "
        "tính hợp lệ của hồ sơ.",
        action,
        f"Trường hợp hồ sơ hợp lệ, Phòng Đăng ký kinh doanh {result} và cập nhật vào Hệ thống thông "
        "tin quốc gia về đăng ký doanh nghiệp; trường hợp chưa hợp lệ thì ra Thông báo yêu cầu sửa "
        "đổi, bổ sung hồ sơ, nêu rõ nội dung cần sửa đổi, bổ sung.",
        "Nhận kết quả tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính công ích "
        "hoặc bản điện tử trên Cổng thông tin quốc gia về đăng ký doanh nghiệp.",
    )


DN_CHECK = ("Phòng Đăng ký kinh doanh xem xét tính hợp lệ của hồ sơ, tên doanh nghiệp, ngành, nghề "
            "kinh doanh và phối hợp với cơ quan thuế để tạo mã số doanh nghiệp.")
DN_COND = [
    "Ngành, nghề đăng ký kinh doanh không bị cấm đầu tư kinh doanh; tên doanh nghiệp được đặt theo "
    "đúng quy định tại các Điều 37, 38, 39 và 41 Luật Doanh nghiệp.",
    "Có hồ sơ đăng ký doanh nghiệp hợp lệ; nộp đủ lệ phí đăng ký doanh nghiệp theo quy định.",
]

P("2.001199.000.00.00.H34", "Đăng ký thành lập doanh nghiệp tư nhân", "DN", "STC", "full", 3,
  DN_FEES,
  [D("Giấy đề nghị đăng ký doanh nghiệp tư nhân theo mẫu",
     template="giay-de-nghi-dang-ky-doanh-nghiep-tu-nhan"),
   D("Bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân (không yêu cầu nếu đã "
     "xác thực qua tài khoản định danh điện tử mức độ 2)", 0, 1),
   DN_UQ],
  dn_steps(DN_CHECK, "cấp Giấy chứng nhận đăng ký doanh nghiệp"),
  "Giấy chứng nhận đăng ký doanh nghiệp",
  DN_LB, cond=DN_COND)

P("2.001610.000.00.00.H34", "Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên", "DN",
  "STC", "full", 3,
  DN_FEES,
  [D("Giấy đề nghị đăng ký doanh nghiệp theo mẫu", template="giay-de-nghi-dang-ky-cong-ty-tnhh"),
   D("Điều lệ công ty"),
   DN_ID,
   D("Bản sao giấy tờ pháp lý của chủ sở hữu công ty (cá nhân hoặc tổ chức); văn bản cử người đại "
     "diện theo ủy quyền (trường hợp chủ sở hữu là tổ chức)", 0, 1),
   D("Bản sao Giấy chứng nhận đăng ký đầu tư (trường hợp nhà đầu tư nước ngoài thành lập doanh "
     "nghiệp)", 0, 1, False),
   DN_UQ],
  dn_steps(DN_CHECK, "cấp Giấy chứng nhận đăng ký doanh nghiệp"),
  "Giấy chứng nhận đăng ký doanh nghiệp",
  DN_LB, who="both", cond=DN_COND)

P("2.001599.000.00.00.H34", "Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên",
  "DN", "STC", "full", 3,
  DN_FEES,
  [D("Giấy đề nghị đăng ký doanh nghiệp theo mẫu", template="giay-de-nghi-dang-ky-cong-ty-tnhh"),
   D("Điều lệ công ty"),
   D("Danh sách thành viên công ty theo mẫu"),
   DN_ID,
   D("Bản sao giấy tờ pháp lý của thành viên công ty là cá nhân, tổ chức", 0, 1),
   DN_UQ],
  dn_steps(DN_CHECK, "cấp Giấy chứng nhận đăng ký doanh nghiệp"),
  "Giấy chứng nhận đăng ký doanh nghiệp",
  DN_LB, who="both", cond=DN_COND)

P("2.001593.000.00.00.H34", "Đăng ký thành lập công ty cổ phần", "DN", "STC", "full", 3,
  DN_FEES,
  [D("Giấy đề nghị đăng ký doanh nghiệp theo mẫu", template="giay-de-nghi-dang-ky-cong-ty-co-phan"),
   D("Điều lệ công ty"),
   D("Danh sách cổ đông sáng lập; danh sách cổ đông là nhà đầu tư nước ngoài (nếu có) theo mẫu"),
   DN_ID,
   D("Bản sao giấy tờ pháp lý của cổ đông sáng lập, cổ đông là nhà đầu tư nước ngoài", 0, 1),
   DN_UQ],
  dn_steps(DN_CHECK, "cấp Giấy chứng nhận đăng ký doanh nghiệp"),
  "Giấy chứng nhận đăng ký doanh nghiệp",
  DN_LB, who="both", cond=DN_COND)

P("2.001573.000.00.00.H34",
  "Đăng ký thay đổi địa chỉ trụ sở chính của doanh nghiệp (đối với doanh nghiệp tư nhân, công ty "
  "trách nhiệm hữu hạn, công ty cổ phần, công ty hợp danh)", "DN", "STC", "full", 3,
  DN_FEES,
  [D("Thông báo thay đổi nội dung đăng ký doanh nghiệp theo mẫu",
     template="thong-bao-thay-doi-noi-dung-dang-ky-doanh-nghiep"),
   D("Nghị quyết, quyết định và bản sao biên bản họp của Hội đồng thành viên/Đại hội đồng cổ đông "
     "hoặc quyết định của chủ sở hữu về việc thay đổi địa chỉ trụ sở chính"),
   DN_UQ],
  dn_steps("Phòng Đăng ký kinh doanh xem xét tính hợp lệ của hồ sơ thay đổi địa chỉ trụ sở chính; "
           "trường hợp chuyển trụ sở sang tỉnh khác thì Phòng Đăng ký kinh doanh nơi đặt trụ sở "
           "mới giải quyết.",
           "cấp Giấy chứng nhận đăng ký doanh nghiệp với nội dung thay đổi"),
  "Giấy chứng nhận đăng ký doanh nghiệp (thay đổi nội dung)",
  DN_LB, who="organisation")

P("2.001571.000.00.00.H34",
  "Đăng ký thay đổi người đại diện theo pháp luật của công ty trách nhiệm hữu hạn, công ty cổ phần",
  "DN", "STC", "full", 3,
  DN_FEES,
  [D("Thông báo thay đổi nội dung đăng ký doanh nghiệp theo mẫu",
     template="thong-bao-thay-doi-noi-dung-dang-ky-doanh-nghiep"),
   D("Nghị quyết, quyết định và bản sao biên bản họp về việc thay đổi người đại diện theo pháp luật"),
   DN_ID, DN_UQ],
  dn_steps("Phòng Đăng ký kinh doanh xem xét tính hợp lệ của hồ sơ và thông tin người đại diện "
           "theo pháp luật mới.",
           "cấp Giấy chứng nhận đăng ký doanh nghiệp với nội dung thay đổi"),
  "Giấy chứng nhận đăng ký doanh nghiệp (thay đổi nội dung)",
  DN_LB, who="organisation")

P("2.001566.000.00.00.H34",
  "Đăng ký thay đổi vốn điều lệ, thay đổi tỷ lệ vốn góp (đối với công ty trách nhiệm hữu hạn, công "
  "ty cổ phần, công ty hợp danh)", "DN", "STC", "full", 3,
  DN_FEES,
  [D("Thông báo thay đổi nội dung đăng ký doanh nghiệp theo mẫu",
     template="thong-bao-thay-doi-noi-dung-dang-ky-doanh-nghiep"),
   D("Nghị quyết, quyết định và bản sao biên bản họp về việc thay đổi vốn điều lệ"),
   D("Văn bản của cơ quan đăng ký đầu tư chấp thuận việc góp vốn, mua cổ phần của nhà đầu tư nước "
     "ngoài (nếu có)", 0, 1, False),
   DN_UQ],
  dn_steps("Phòng Đăng ký kinh doanh xem xét tính hợp lệ của hồ sơ thay đổi vốn điều lệ.",
           "cấp Giấy chứng nhận đăng ký doanh nghiệp với nội dung thay đổi"),
  "Giấy chứng nhận đăng ký doanh nghiệp (thay đổi nội dung)",
  DN_LB, who="organisation")

P("2.001556.000.00.00.H34", "Thông báo thay đổi ngành, nghề kinh doanh", "DN", "STC", "full", 3,
  DN_PUB,
  [D("Thông báo thay đổi nội dung đăng ký doanh nghiệp theo mẫu",
     template="thong-bao-thay-doi-noi-dung-dang-ky-doanh-nghiep"),
   D("Nghị quyết, quyết định và bản sao biên bản họp về việc thay đổi ngành, nghề kinh doanh"),
   DN_UQ],
  dn_steps("Phòng Đăng ký kinh doanh xem xét tính hợp lệ của hồ sơ, đối chiếu Hệ thống ngành kinh "
           "tế Việt Nam.",
           "cập nhật thông tin ngành, nghề kinh doanh và cấp Giấy xác nhận về việc thay đổi nội "
           "dung đăng ký doanh nghiệp"),
  "Giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp",
  DN_LB, who="organisation")

P("2.001567.000.00.00.H34",
  "Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo (doanh nghiệp, "
  "chi nhánh, văn phòng đại diện, địa điểm kinh doanh)", "DN", "STC", "full", 3,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Thông báo về việc tạm ngừng kinh doanh/tiếp tục kinh doanh trước thời hạn đã thông báo",
     template="thong-bao-tam-ngung-kinh-doanh"),
   DN_UQ],
  dn_steps("Phòng Đăng ký kinh doanh kiểm tra thông báo tạm ngừng kinh doanh.",
           "cấp Giấy xác nhận về việc doanh nghiệp/đơn vị phụ thuộc đăng ký tạm ngừng kinh doanh"),
  "Giấy xác nhận về việc đăng ký tạm ngừng kinh doanh/tiếp tục kinh doanh trước thời hạn",
  DN_LB, who="organisation",
  cond=["Doanh nghiệp gửi thông báo chậm nhất 03 ngày làm việc trước ngày tạm ngừng kinh doanh "
        "hoặc tiếp tục kinh doanh trước thời hạn đã thông báo."])

P("1.010026.000.00.00.H34", "Giải thể doanh nghiệp", "DN", "STC", "full", 5,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Thông báo về việc giải thể doanh nghiệp"),
   D("Báo cáo thanh lý tài sản doanh nghiệp; danh sách chủ nợ và số nợ đã thanh toán"),
   D("Nghị quyết, quyết định giải thể và bản sao biên bản họp (đối với công ty TNHH hai thành viên "
     "trở lên, công ty cổ phần, công ty hợp danh)"),
   DN_UQ],
  dn_steps("Phòng Đăng ký kinh doanh thông báo tình trạng doanh nghiệp đang làm thủ tục giải thể, "
           "gửi thông tin cho cơ quan thuế để có ý kiến về việc doanh nghiệp đã hoàn thành nghĩa "
           "vụ thuế.",
           "cập nhật tình trạng pháp lý “Đã giải thể” trong Cơ sở dữ liệu quốc gia về đăng ký "
           "doanh nghiệp và ra Thông báo về việc giải thể"),
  "Thông báo về việc giải thể của doanh nghiệp",
  DN_LB, who="organisation")

P("2.001546.000.00.00.H34",
  "Đăng ký hoạt động chi nhánh, văn phòng đại diện, thông báo lập địa điểm kinh doanh", "DN",
  "STC", "full", 3,
  [F("Lệ phí đăng ký hoạt động chi nhánh, văn phòng đại diện", 50000, "50.000 đồng/lần; miễn khi "
     "đăng ký qua mạng thông tin điện tử; thông báo lập địa điểm kinh doanh không thu lệ phí")],
  [D("Thông báo về việc đăng ký hoạt động chi nhánh, văn phòng đại diện/lập địa điểm kinh doanh"),
   D("Bản sao nghị quyết, quyết định của doanh nghiệp về việc thành lập chi nhánh, văn phòng đại "
     "diện", 0, 1),
   D("Bản sao giấy tờ pháp lý của cá nhân người đứng đầu chi nhánh, văn phòng đại diện", 0, 1),
   DN_UQ],
  dn_steps("Phòng Đăng ký kinh doanh xem xét tính hợp lệ của hồ sơ và tên chi nhánh, văn phòng đại "
           "diện, địa điểm kinh doanh.",
           "cấp Giấy chứng nhận đăng ký hoạt động chi nhánh, văn phòng đại diện hoặc cập nhật thông "
           "tin địa điểm kinh doanh"),
  "Giấy chứng nhận đăng ký hoạt động chi nhánh, văn phòng đại diện; Giấy chứng nhận đăng ký địa "
  "điểm kinh doanh",
  DN_LB, who="organisation")

DT_LB = LB("DT_LUAT", "DT_ND", "DT_KKT", "DT_TT")

P("2.001922.000.00.00.H34",
  "Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án đầu tư không thuộc diện chấp thuận chủ trương "
  "đầu tư", "DT", ["STC", "BQLKKT"], "partial", 15,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Văn bản đề nghị thực hiện dự án đầu tư theo mẫu",
     template="van-ban-de-nghi-thuc-hien-du-an-dau-tu"),
   D("Bản sao tài liệu về tư cách pháp lý của nhà đầu tư", 0, 1),
   D("Đề xuất dự án đầu tư (mục tiêu, quy mô, vốn đầu tư, phương án huy động vốn, địa điểm, thời "
     "hạn, tiến độ, nhu cầu về lao động, đánh giá tác động, hiệu quả kinh tế - xã hội)"),
   D("Bản sao báo cáo tài chính 02 năm gần nhất hoặc cam kết hỗ trợ tài chính, bảo lãnh năng lực "
     "tài chính của nhà đầu tư", 0, 1),
   D("Bản sao giấy tờ về quyền sử dụng địa điểm thực hiện dự án (trường hợp không đề nghị Nhà "
     "nước giao đất, cho thuê đất)", 0, 1, False),
   D("Bản sao hợp đồng BCC (đối với dự án đầu tư theo hình thức hợp đồng BCC)", 0, 1, False)],
  ["Sở Tài chính (đối với dự án ngoài khu kinh tế, khu công nghiệp) hoặc Ban Quản lý Khu kinh tế Vân "
   "Phong (đối với dự án trong khu kinh tế, khu công nghiệp) xem xét hồ sơ, đối chiếu điều kiện "
   "cấp Giấy chứng nhận đăng ký đầu tư.",
   "Cơ quan đăng ký đầu tư cấp Giấy chứng nhận đăng ký đầu tư và cập nhật vào Hệ thống thông tin "
   "quốc gia về đầu tư; trường hợp từ chối phải thông báo bằng văn bản, nêu rõ lý do."],
  "Giấy chứng nhận đăng ký đầu tư",
  DT_LB, who="organisation",
  cond=["Dự án đầu tư không thuộc ngành, nghề cấm đầu tư kinh doanh; có địa điểm thực hiện dự án; "
        "phù hợp với quy hoạch; đáp ứng điều kiện tiếp cận thị trường đối với nhà đầu tư nước ngoài."])

P("2.001923.000.00.00.H34",
  "Điều chỉnh Giấy chứng nhận đăng ký đầu tư đối với dự án đầu tư không thuộc diện chấp thuận điều "
  "chỉnh chủ trương đầu tư", "DT", ["STC", "BQLKKT"], "partial", 10,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Văn bản đề nghị điều chỉnh dự án đầu tư", template="van-ban-de-nghi-thuc-hien-du-an-dau-tu"),
   D("Báo cáo tình hình triển khai dự án đầu tư đến thời điểm đề nghị điều chỉnh"),
   D("Quyết định của nhà đầu tư về việc điều chỉnh dự án đầu tư"),
   D("Tài liệu liên quan đến nội dung điều chỉnh", 0, 1)],
  ["Cơ quan đăng ký đầu tư xem xét hồ sơ, điều chỉnh Giấy chứng nhận đăng ký đầu tư."],
  "Giấy chứng nhận đăng ký đầu tư (điều chỉnh)",
  DT_LB, who="organisation")

P("2.001924.000.00.00.H34",
  "Chấp thuận chủ trương đầu tư của Ban Quản lý khu công nghiệp, khu kinh tế", "DT", "BQLKKT",
  "partial", 35,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Văn bản đề nghị thực hiện dự án đầu tư, gồm cả cam kết chịu mọi chi phí, rủi ro nếu dự án "
     "không được chấp thuận", template="van-ban-de-nghi-thuc-hien-du-an-dau-tu"),
   D("Bản sao tài liệu về tư cách pháp lý của nhà đầu tư", 0, 1),
   D("Đề xuất dự án đầu tư"),
   D("Bản sao tài liệu chứng minh năng lực tài chính của nhà đầu tư", 0, 1),
   D("Đề xuất nhu cầu sử dụng đất; tài liệu về quyền sử dụng đất (nếu có)")],
  ["Ban Quản lý Khu kinh tế Vân Phong gửi hồ sơ lấy ý kiến thẩm định của các cơ quan có liên quan "
   "về nội dung thuộc phạm vi quản lý.",
   "Ban Quản lý lập báo cáo thẩm định, quyết định chấp thuận chủ trương đầu tư đồng thời với chấp "
   "thuận nhà đầu tư (trường hợp đủ điều kiện)."],
  "Quyết định chấp thuận chủ trương đầu tư",
  DT_LB, who="organisation",
  note="35 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.")

# --- Sở Xây dựng: xây dựng, bất động sản, đường bộ ----------------------------------------------

P("1.009972.000.00.00.H34",
  "Cấp giấy phép xây dựng mới đối với công trình không theo tuyến (công trình cấp đặc biệt, cấp I, "
  "cấp II; công trình tôn giáo; công trình di tích lịch sử - văn hóa; tượng đài, tranh hoành tráng)",
  "XD", ["SXD", "BQLKKT"], "partial", 20,
  [F("Lệ phí cấp giấy phép xây dựng công trình", 150000, NQ)],
  [D("Đơn đề nghị cấp giấy phép xây dựng theo mẫu", template="don-de-nghi-cap-giay-phep-xay-dung"),
   D("Bản sao giấy tờ chứng minh quyền sử dụng đất theo quy định của pháp luật về đất đai", 0, 1),
   D("Bản sao quyết định phê duyệt dự án, văn bản thông báo kết quả thẩm định của cơ quan chuyên "
     "môn về xây dựng", 0, 1),
   D("Văn bản ý kiến về giải pháp phòng cháy, chữa cháy của thiết kế cơ sở (trường hợp phải thẩm "
     "duyệt)", 0, 1, False),
   D("02 bộ bản vẽ thiết kế xây dựng trong hồ sơ thiết kế triển khai sau thiết kế cơ sở", 2, 0)],
  [XD_THAM_DINH,
   "Cơ quan cấp phép gửi văn bản lấy ý kiến các cơ quan quản lý nhà nước về những lĩnh vực liên "
   "quan đến công trình (nếu cần).",
   "Giám đốc Sở Xây dựng (hoặc Trưởng Ban Quản lý Khu kinh tế Vân Phong đối với công trình trong "
   "khu kinh tế, khu công nghiệp) ký cấp giấy phép xây dựng."],
  "Giấy phép xây dựng kèm theo bản vẽ thiết kế có đóng dấu của cơ quan cấp phép",
  XD_LB, who="organisation",
  cond=["Phù hợp với quy hoạch xây dựng, quy hoạch có tính chất kỹ thuật chuyên ngành khác hoặc quy "
        "chế quản lý kiến trúc được cấp có thẩm quyền phê duyệt.",
        "Thiết kế xây dựng đã được thẩm định, phê duyệt theo quy định; đáp ứng yêu cầu về an toàn "
        "công trình, phòng, chống cháy, nổ, bảo vệ môi trường."])

P("1.009973.000.00.00.H34", "Cấp giấy phép xây dựng mới đối với công trình theo tuyến",
  "XD", "SXD", "partial", 20,
  [F("Lệ phí cấp giấy phép xây dựng công trình", 150000, NQ)],
  [D("Đơn đề nghị cấp giấy phép xây dựng theo mẫu", template="don-de-nghi-cap-giay-phep-xay-dung"),
   D("Văn bản chấp thuận về hướng tuyến của cơ quan có thẩm quyền hoặc giấy tờ về quyền sử dụng đất",
     0, 1),
   D("Bản sao quyết định phê duyệt dự án, văn bản thông báo kết quả thẩm định thiết kế", 0, 1),
   D("02 bộ bản vẽ thiết kế xây dựng (sơ đồ vị trí tuyến, mặt bằng, mặt cắt dọc, mặt cắt ngang "
     "điển hình)", 2, 0)],
  [XD_THAM_DINH,
   "Giám đốc Sở Xây dựng ký cấp giấy phép xây dựng."],
  "Giấy phép xây dựng kèm theo bản vẽ thiết kế có đóng dấu của cơ quan cấp phép",
  XD_LB, who="organisation")

P("1.009931.000.00.00.H34", "Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III", "XD",
  "SXD", "full", 20,
  [F("Phí thẩm định cấp chứng chỉ hành nghề hoạt động xây dựng", 300000, "300.000 đồng/chứng chỉ "
     "(cấp lần đầu, điều chỉnh hạng, bổ sung lĩnh vực); cấp lại: 150.000 đồng/chứng chỉ")],
  [D("Đơn đề nghị cấp chứng chỉ hành nghề hoạt động xây dựng theo mẫu",
     template="don-de-nghi-cap-chung-chi-hanh-nghe-hoat-dong-xay-dung"),
   D("01 ảnh màu cỡ 4x6 cm có nền màu trắng chân dung của người đề nghị (chụp không quá 06 tháng)"),
   D("Bản sao văn bằng đào tạo chuyên môn do cơ sở đào tạo hợp pháp cấp", 0, 1),
   D("Bản khai kinh nghiệm làm việc chuyên môn có xác nhận của cơ quan, tổ chức hoặc người đại "
     "diện theo pháp luật của chủ đầu tư")],
  ["Sở Xây dựng kiểm tra hồ sơ, tổ chức sát hạch (kiểm tra kinh nghiệm nghề nghiệp và kiến thức "
   "pháp luật) theo quy định.",
   "Hội đồng xét cấp chứng chỉ hành nghề đánh giá kết quả; Giám đốc Sở Xây dựng quyết định cấp "
   "chứng chỉ hành nghề và công khai trên trang thông tin điện tử."],
  "Chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III",
  LB("XD_LUAT", "XD_LUAT2020", "XD_ND", "XD_PHI"),
  cond=["Có năng lực hành vi dân sự đầy đủ; có giấy tờ về cư trú hoặc giấy phép lao động tại Việt "
        "Nam (đối với người nước ngoài).",
        "Có trình độ chuyên môn được đào tạo, thời gian và kinh nghiệm tham gia công việc phù hợp "
        "với nội dung đề nghị cấp chứng chỉ; đạt yêu cầu sát hạch."])

P("1.009932.000.00.00.H34", "Cấp chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III", "XD",
  "SXD", "full", 20,
  [F("Phí thẩm định cấp chứng chỉ năng lực hoạt động xây dựng", 1000000, "1.000.000 đồng/chứng chỉ "
     "(cấp lần đầu, điều chỉnh hạng, bổ sung lĩnh vực); cấp lại: 500.000 đồng/chứng chỉ")],
  [D("Đơn đề nghị cấp chứng chỉ năng lực hoạt động xây dựng theo mẫu"),
   D("Quyết định thành lập tổ chức (nếu có)", 0, 1, False),
   D("Bản kê khai năng lực: danh sách cá nhân chủ chốt có chứng chỉ hành nghề phù hợp, máy móc "
     "thiết bị chủ yếu"),
   D("Văn bản kê khai kinh nghiệm thực hiện công việc của tổ chức kèm bản sao hợp đồng, biên bản "
     "nghiệm thu", 0, 1)],
  ["Sở Xây dựng đánh giá năng lực hoạt động xây dựng của tổ chức theo điều kiện của từng lĩnh vực.",
   "Giám đốc Sở Xây dựng quyết định cấp chứng chỉ năng lực và đăng tải thông tin trên trang thông "
   "tin điện tử của Bộ Xây dựng."],
  "Chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III",
  LB("XD_LUAT", "XD_LUAT2020", "XD_ND", "XD_PHI"), who="organisation")

P("1.009971.000.00.00.H34",
  "Thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng/điều chỉnh Báo cáo nghiên cứu khả thi đầu "
  "tư xây dựng", "XD", "SXD", "partial", 30,
  [F("Phí thẩm định dự án đầu tư xây dựng", 0, "Tính theo tỷ lệ % trên tổng mức đầu tư theo biểu "
     "mức thu do Bộ Tài chính quy định")],
  [D("Tờ trình thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng"),
   D("Báo cáo nghiên cứu khả thi đầu tư xây dựng (thuyết minh và thiết kế cơ sở)"),
   D("Văn bản pháp lý có liên quan: quyết định chủ trương đầu tư, quy hoạch, kết quả thẩm định "
     "báo cáo đánh giá tác động môi trường (nếu có)", 0, 1),
   D("Hồ sơ khảo sát xây dựng phục vụ lập dự án")],
  ["Sở Xây dựng tổ chức thẩm định; lấy ý kiến cơ quan, tổ chức có liên quan về phòng cháy, chữa "
   "cháy, môi trường (nếu cần).",
   "Sở Xây dựng thông báo kết quả thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng."],
  "Văn bản thông báo kết quả thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng",
  XD_LB, who="organisation",
  note="Không quá 30 ngày đối với dự án nhóm B; không quá 20 ngày đối với dự án nhóm C.")

P("1.012612.000.00.00.H34", "Cấp chứng chỉ hành nghề môi giới bất động sản", "KDBDS", "SXD",
  "full", 10,
  [F("Lệ phí cấp chứng chỉ hành nghề môi giới bất động sản", 200000, NQ)],
  [D("Đơn đề nghị cấp chứng chỉ hành nghề môi giới bất động sản"),
   D("02 ảnh màu cỡ 4x6 cm chụp trong thời gian không quá 06 tháng"),
   D("Bản sao giấy chứng nhận kết quả kỳ thi sát hạch kiến thức hành nghề môi giới bất động sản",
     0, 1)],
  ["Sở Xây dựng kiểm tra hồ sơ, đối chiếu kết quả sát hạch; Giám đốc Sở Xây dựng ký cấp chứng chỉ "
   "và công khai danh sách trên trang thông tin điện tử."],
  "Chứng chỉ hành nghề môi giới bất động sản (thời hạn 05 năm)",
  LB("BDS_LUAT", "BDS_ND"),
  cond=["Có năng lực hành vi dân sự đầy đủ, tốt nghiệp trung học phổ thông trở lên và đạt yêu cầu "
        "kỳ thi sát hạch kiến thức hành nghề môi giới bất động sản."])

VT_LB = LB("DB_LUAT", "TTATGT_LUAT", "VT_ND")

P("1.002861.000.00.00.H34", "Cấp Giấy phép kinh doanh vận tải bằng xe ô tô", "DB", "SXD", "full", 5,
  [F("Lệ phí cấp giấy phép kinh doanh vận tải bằng xe ô tô", 200000, "200.000 đồng/giấy phép")],
  [D("Giấy đề nghị cấp giấy phép kinh doanh vận tải bằng xe ô tô theo mẫu",
     template="giay-de-nghi-cap-giay-phep-kinh-doanh-van-tai"),
   D("Bản sao văn bằng, chứng chỉ của người trực tiếp điều hành hoạt động vận tải", 0, 1),
   D("Quyết định thành lập và quy định chức năng, nhiệm vụ của bộ phận quản lý, theo dõi các điều "
     "kiện về an toàn giao thông (đối với doanh nghiệp, hợp tác xã)", 0, 1, False),
   D("Bản sao Giấy chứng nhận đăng ký doanh nghiệp/hộ kinh doanh (không yêu cầu nếu tra cứu được "
     "trên cơ sở dữ liệu)", 0, 1, False)],
  ["Sở Xây dựng thẩm định hồ sơ, đối chiếu điều kiện kinh doanh vận tải; Giám đốc Sở Xây dựng ký "
   "cấp Giấy phép kinh doanh vận tải bằng xe ô tô."],
  "Giấy phép kinh doanh vận tải bằng xe ô tô",
  VT_LB, who="organisation")

P("1.002856.000.00.00.H34",
  "Cấp phù hiệu xe ô tô kinh doanh vận tải (xe taxi, xe hợp đồng, xe du lịch, xe tải, xe công-ten-"
  "nơ, xe đầu kéo)", "DB", "SXD", "full", 2,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Giấy đề nghị cấp phù hiệu cho xe ô tô kinh doanh vận tải theo mẫu"),
   D("Bản sao Giấy đăng ký xe hoặc giấy hẹn cấp giấy chứng nhận đăng ký xe; hợp đồng thuê phương "
     "tiện (đối với xe không thuộc sở hữu của đơn vị)", 0, 1)],
  ["Sở Xây dựng kiểm tra thông tin phương tiện trên hệ thống dữ liệu giám sát hành trình và đăng "
   "kiểm; cấp phù hiệu cho phương tiện."],
  "Phù hiệu xe ô tô kinh doanh vận tải",
  VT_LB, who="organisation")

P("1.001777.000.00.00.H34",
  "Cấp giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn, xe bánh xích, xe vận chuyển hàng "
  "siêu trường, siêu trọng trên đường bộ", "DB", "SXD", "full", 2,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Đơn đề nghị cấp giấy phép lưu hành xe theo mẫu"),
   D("Bản sao giấy chứng nhận đăng ký xe, giấy chứng nhận kiểm định an toàn kỹ thuật và bảo vệ môi "
     "trường của phương tiện", 0, 1),
   D("Phương án vận chuyển (đối với xe vận chuyển hàng siêu trường, siêu trọng phải khảo sát, gia "
     "cường đường bộ)", mandatory=False)],
  ["Sở Xây dựng kiểm tra hồ sơ, xác định tuyến đường, điều kiện lưu hành; khảo sát đường bộ (nếu "
   "cần) và cấp giấy phép lưu hành xe."],
  "Giấy phép lưu hành xe quá tải trọng, quá khổ giới hạn trên đường bộ",
  VT_LB, who="both",
  note="02 ngày làm việc; trường hợp phải khảo sát đường bộ thì không quá 02 ngày làm việc sau khi "
  "nhận được báo cáo kết quả khảo sát.")

P("1.001035.000.00.00.H34",
  "Chấp thuận xây dựng công trình thiết yếu, cấp phép thi công công trình trên đường bộ đang khai "
  "thác thuộc phạm vi quản lý của địa phương", "DB", "SXD", "partial", 7,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Văn bản đề nghị chấp thuận, cấp phép thi công theo mẫu"),
   D("Hồ sơ thiết kế, trong đó có biện pháp tổ chức thi công bảo đảm an toàn giao thông"),
   D("Bản sao văn bản chấp thuận chủ trương hoặc quyết định đầu tư công trình", 0, 1)],
  ["Sở Xây dựng thẩm định hồ sơ, kiểm tra hiện trường (nếu cần), cấp văn bản chấp thuận và giấy "
   "phép thi công; quy định thời hạn thi công và trách nhiệm hoàn trả kết cấu hạ tầng đường bộ."],
  "Văn bản chấp thuận xây dựng và Giấy phép thi công công trình trên đường bộ",
  LB("DB_LUAT", "TTATGT_LUAT"), who="organisation")

P("1.002809.000.00.00.H34", "Cấp Giấy phép đào tạo lái xe ô tô", "DB", "SXD", "partial", 10,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Văn bản đề nghị cấp Giấy phép đào tạo lái xe ô tô theo mẫu"),
   D("Báo cáo đáp ứng các điều kiện kinh doanh dịch vụ đào tạo lái xe ô tô (cơ sở vật chất, xe "
     "tập lái, sân tập lái, giáo viên)"),
   D("Bản sao quyết định thành lập cơ sở đào tạo hoặc Giấy chứng nhận đăng ký doanh nghiệp", 0, 1)],
  ["Sở Xây dựng thẩm định hồ sơ, tổ chức kiểm tra thực tế các điều kiện của cơ sở đào tạo và lập "
   "biên bản.",
   "Giám đốc Sở Xây dựng cấp Giấy phép đào tạo lái xe ô tô."],
  "Giấy phép đào tạo lái xe ô tô",
  LB("TTATGT_LUAT", "DT_LX_ND"), who="organisation")

P("1.002810.000.00.00.H34", "Cấp Giấy phép xe tập lái", "DB", "SXD", "full", 3,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Văn bản đề nghị cấp Giấy phép xe tập lái kèm danh sách xe"),
   D("Bản sao giấy chứng nhận đăng ký xe, hợp đồng thuê xe tập lái (nếu có)", 0, 1)],
  ["Sở Xây dựng kiểm tra xe tập lái (hệ thống phanh phụ, biển “TẬP LÁI”, thiết bị giám sát thời "
   "gian và quãng đường) và cấp Giấy phép xe tập lái."],
  "Giấy phép xe tập lái",
  LB("TTATGT_LUAT", "DT_LX_ND"), who="organisation")

# --- Công an tỉnh: giấy phép lái xe (chuyển giao từ ngành giao thông vận tải từ 01/3/2025) -------

GPLX_LB = LB("TTATGT_LUAT", "GPLX_TT", "GPLX_PHI")

P("1.002804.000.00.00.H34", "Đổi giấy phép lái xe do ngành giao thông vận tải cấp", "DB", "CAT",
  "full", 5,
  [F("Lệ phí cấp giấy phép lái xe", 135000, "135.000 đồng/lần; mức thu khi nộp trực tuyến theo quy "
     "định của Bộ Tài chính")],
  [D("Đơn đề nghị đổi giấy phép lái xe theo mẫu", template="don-de-nghi-doi-cap-lai-giay-phep-lai-xe"),
   D("Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp (trừ trường hợp đổi giấy "
     "phép lái xe không thời hạn hạng A1, A2, A3); không yêu cầu nếu đã có dữ liệu khám sức khỏe "
     "điện tử", mandatory=False),
   D("Bản sao giấy phép lái xe được đổi (xuất trình bản chính khi nhận kết quả)", 0, 1)],
  ["Phòng Cảnh sát giao thông đối chiếu dữ liệu giấy phép lái xe trên hệ thống, chụp ảnh trực "
   "tiếp hoặc sử dụng ảnh từ Cơ sở dữ liệu quốc gia về dân cư.",
   "Cấp giấy phép lái xe mới (bản giấy, đồng thời tích hợp giấy phép lái xe điện tử trên ứng dụng "
   "VNeID)."],
  "Giấy phép lái xe (mẫu mới)",
  GPLX_LB,
  cond=["Giấy phép lái xe được đổi còn trong hệ thống thông tin quản lý giấy phép lái xe và không "
        "bị tẩy xóa, sửa chữa; người đề nghị không trong thời gian bị tạm giữ, tước giấy phép lái xe."])

P("1.002835.000.00.00.H34", "Cấp giấy phép lái xe quốc tế", "DB", "CAT", "full", 5,
  [F("Lệ phí cấp giấy phép lái xe quốc tế", 135000, "135.000 đồng/lần")],
  [D("Tờ khai đề nghị cấp giấy phép lái xe quốc tế theo mẫu"),
   D("Giấy phép lái xe quốc gia còn thời hạn (bản chụp, xuất trình bản chính khi nhận kết quả)", 0, 1),
   D("Ảnh chân dung cỡ 3,5 cm x 4,5 cm hoặc ảnh số (nộp trực tuyến)")],
  ["Phòng Cảnh sát giao thông kiểm tra dữ liệu giấy phép lái xe quốc gia và cấp giấy phép lái xe "
   "quốc tế theo mẫu của Công ước Viên năm 1968."],
  "Giấy phép lái xe quốc tế (thời hạn không quá 03 năm và không vượt quá thời hạn của giấy phép "
  "lái xe quốc gia)",
  GPLX_LB)

# --- Sở Nông nghiệp và Môi trường: đất đai ------------------------------------------------------

DD_LB = LB("DD_LUAT", "DD_ND101", "DD_PD")
VPDK = ("Văn phòng Đăng ký đất đai (hoặc Chi nhánh Văn phòng Đăng ký đất đai khu vực) kiểm tra hồ "
        "sơ, trích lục bản đồ hoặc trích đo địa chính thửa đất (nếu cần), kiểm tra hiện trạng.")
THUE = ("Gửi thông tin địa chính đến cơ quan thuế để xác định nghĩa vụ tài chính (đối với trường "
        "hợp phải thực hiện nghĩa vụ tài chính); người sử dụng đất nộp nghĩa vụ tài chính theo "
        "thông báo.")
GCN = D("Bản gốc Giấy chứng nhận đã cấp")

P("1.012770.000.00.00.H34",
  "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp "
  "chuyển đổi, chuyển nhượng, cho thuê, cho thuê lại, thừa kế, tặng cho, góp vốn bằng quyền sử "
  "dụng đất, quyền sở hữu tài sản gắn liền với đất", "DD", "SNNMT", "partial", 8,
  [F("Lệ phí cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", 50000,
     NQ + "; chưa bao gồm thuế thu nhập cá nhân, lệ phí trước bạ theo thông báo của cơ quan thuế"),
   F("Phí thẩm định hồ sơ cấp Giấy chứng nhận", 150000, NQ)],
  [D("Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo mẫu",
     template="don-dang-ky-bien-dong-dat-dai"),
   D("Hợp đồng, văn bản về việc chuyển đổi, chuyển nhượng, cho thuê, thừa kế, tặng cho, góp vốn "
     "đã được công chứng, chứng thực theo quy định"),
   GCN,
   D("Tờ khai thuế thu nhập cá nhân, tờ khai lệ phí trước bạ"),
   D("Văn bản ủy quyền (nếu có)", mandatory=False)],
  [VPDK, THUE,
   "Văn phòng Đăng ký đất đai xác nhận nội dung biến động vào Giấy chứng nhận đã cấp hoặc trình "
   "cấp Giấy chứng nhận mới; chỉnh lý, cập nhật hồ sơ địa chính, cơ sở dữ liệu đất đai."],
  "Giấy chứng nhận đã được xác nhận nội dung biến động hoặc Giấy chứng nhận mới",
  DD_LB, who="both",
  note="Không quá 08 ngày làm việc, không kể thời gian thực hiện nghĩa vụ tài chính; trường hợp "
  "cấp mới Giấy chứng nhận thì không quá 10 ngày làm việc.")

P("1.012771.000.00.00.H34",
  "Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", "DD",
  "SNNMT", "partial", 7,
  [F("Lệ phí cấp đổi Giấy chứng nhận", 50000, NQ)],
  [D("Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo mẫu",
     template="don-dang-ky-bien-dong-dat-dai"),
   GCN,
   D("Mảnh trích đo bản đồ địa chính thửa đất (trường hợp cấp đổi do đo đạc lại)", mandatory=False)],
  [VPDK,
   "Văn phòng Đăng ký đất đai trình Sở Nông nghiệp và Môi trường ký cấp đổi Giấy chứng nhận; cập "
   "nhật hồ sơ địa chính, cơ sở dữ liệu đất đai."],
  "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (cấp đổi)",
  DD_LB, who="both")

P("1.012772.000.00.00.H34",
  "Cấp lại Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do bị mất",
  "DD", "SNNMT", "partial", 10,
  [F("Lệ phí cấp lại Giấy chứng nhận", 50000, NQ)],
  [D("Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo mẫu",
     template="don-dang-ky-bien-dong-dat-dai"),
   D("Giấy xác nhận của Ủy ban nhân dân cấp xã về việc đã niêm yết thông báo mất Giấy chứng nhận "
     "trong thời gian 15 ngày (đối với cá nhân) hoặc giấy tờ chứng minh đã đăng tin trên phương "
     "tiện thông tin đại chúng (đối với tổ chức)")],
  [VPDK,
   "Văn phòng Đăng ký đất đai trình hủy Giấy chứng nhận bị mất và cấp lại Giấy chứng nhận; chỉnh "
   "lý hồ sơ địa chính, cơ sở dữ liệu đất đai."],
  "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (cấp lại)",
  DD_LB, who="both",
  note="Không quá 10 ngày làm việc, không kể thời gian niêm yết thông báo mất Giấy chứng nhận.")

P("1.012773.000.00.00.H34", "Tách thửa hoặc hợp thửa đất", "DD", "SNNMT", "partial", 15,
  [F("Lệ phí cấp Giấy chứng nhận", 50000, NQ + "; tính theo số Giấy chứng nhận được cấp"),
   F("Phí đo đạc, trích đo địa chính thửa đất", 0, "Theo đơn giá dịch vụ đo đạc do Ủy ban nhân dân "
     "tỉnh ban hành (nếu thuê Văn phòng Đăng ký đất đai thực hiện)")],
  [D("Đơn đề nghị tách thửa đất, hợp thửa đất theo mẫu"),
   D("Bản vẽ tách thửa đất, hợp thửa đất do đơn vị đo đạc có giấy phép thực hiện"),
   GCN],
  [VPDK,
   "Văn phòng Đăng ký đất đai kiểm tra điều kiện tách thửa, hợp thửa (diện tích tối thiểu, lối đi, "
   "quy hoạch), xác nhận bản vẽ; trình cấp Giấy chứng nhận cho các thửa đất mới."],
  "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất cho thửa đất mới",
  DD_LB, who="both",
  cond=["Thửa đất đã được cấp Giấy chứng nhận; thửa đất còn trong thời hạn sử dụng đất; không có "
        "tranh chấp, không bị kê biên để bảo đảm thi hành án.",
        "Các thửa đất sau khi tách đáp ứng diện tích tối thiểu theo quy định của Ủy ban nhân dân tỉnh "
        "Khánh Hòa và có lối đi kết nối với đường giao thông công cộng."])

P("1.012774.000.00.00.H34",
  "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất", "DD", "SNNMT", "full", 3,
  [F("Phí đăng ký biện pháp bảo đảm", 80000, "80.000 đồng/hồ sơ; miễn phí đối với cá nhân, hộ gia "
     "đình vay vốn phục vụ phát triển nông nghiệp, nông thôn")],
  [D("Phiếu yêu cầu đăng ký theo mẫu", template="phieu-yeu-cau-dang-ky-the-chap"),
   D("Hợp đồng thế chấp hoặc hợp đồng thế chấp có công chứng, chứng thực (trường hợp pháp luật quy "
     "định)", 0, 1),
   GCN],
  ["Văn phòng Đăng ký đất đai kiểm tra hồ sơ, ghi nội dung đăng ký thế chấp vào Sổ địa chính và "
   "Giấy chứng nhận; cập nhật cơ sở dữ liệu đất đai."],
  "Giấy chứng nhận đã ghi nội dung đăng ký thế chấp; văn bản xác nhận nội dung đăng ký (nếu có yêu cầu)",
  LB("DD_LUAT", "DD_BD", "DD_PHI"), who="both",
  note="Trong ngày làm việc nhận hồ sơ hợp lệ; trường hợp nhận sau 15 giờ thì trả trong ngày làm "
  "việc tiếp theo; không quá 03 ngày làm việc.")

P("1.012775.000.00.00.H34",
  "Xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất", "DD", "SNNMT", "full", 3,
  [F("Phí xóa đăng ký biện pháp bảo đảm", 20000, "20.000 đồng/hồ sơ")],
  [D("Phiếu yêu cầu xóa đăng ký theo mẫu", template="phieu-yeu-cau-dang-ky-the-chap"),
   GCN,
   D("Văn bản đồng ý xóa đăng ký của bên nhận bảo đảm (trường hợp người yêu cầu là bên bảo đảm)",
     mandatory=False)],
  ["Văn phòng Đăng ký đất đai ghi nội dung xóa đăng ký thế chấp vào Sổ địa chính và Giấy chứng "
   "nhận; cập nhật cơ sở dữ liệu đất đai."],
  "Giấy chứng nhận đã ghi nội dung xóa đăng ký thế chấp",
  LB("DD_LUAT", "DD_BD", "DD_PHI"), who="both")

P("1.012776.000.00.00.H34", "Cung cấp thông tin, dữ liệu đất đai", "DD", "SNNMT", "full", 2,
  [F("Phí khai thác và sử dụng tài liệu đất đai", 50000, NQ + "; tùy loại thông tin, dữ liệu yêu cầu")],
  [D("Phiếu yêu cầu cung cấp thông tin, dữ liệu đất đai (hoặc văn bản yêu cầu của cơ quan, tổ chức)")],
  ["Văn phòng Đăng ký đất đai tra cứu cơ sở dữ liệu đất đai, hồ sơ địa chính và cung cấp thông tin, "
   "dữ liệu theo yêu cầu sau khi người yêu cầu nộp phí."],
  "Văn bản cung cấp thông tin, dữ liệu đất đai (bản giấy hoặc bản điện tử)",
  LB("DD_LUAT", "DD_ND101"), who="both",
  note="Trong ngày làm việc nếu nhận yêu cầu trước 15 giờ; trường hợp phức tạp không quá 02 ngày làm việc.")

P("1.012777.000.00.00.H34",
  "Giao đất, cho thuê đất không thông qua đấu giá quyền sử dụng đất, không đấu thầu lựa chọn nhà "
  "đầu tư đối với tổ chức", "DD", "SNNMT", "partial", 20,
  [F("Lệ phí cấp Giấy chứng nhận", 500000, NQ)],
  [D("Đơn xin giao đất, cho thuê đất theo mẫu"),
   D("Bản sao văn bản chấp thuận chủ trương đầu tư/Giấy chứng nhận đăng ký đầu tư hoặc quyết định "
     "đầu tư dự án", 0, 1),
   D("Trích lục bản đồ địa chính hoặc trích đo bản đồ địa chính thửa đất"),
   D("Báo cáo thuyết minh về nhu cầu sử dụng đất, năng lực tài chính của tổ chức")],
  ["Sở Nông nghiệp và Môi trường thẩm định hồ sơ, kiểm tra thực địa; trình Ủy ban nhân dân tỉnh "
   "quyết định giao đất, cho thuê đất.",
   "Xác định giá đất cụ thể, thông báo nghĩa vụ tài chính; ký hợp đồng thuê đất; bàn giao đất trên "
   "thực địa và cấp Giấy chứng nhận."],
  "Quyết định giao đất, cho thuê đất của Ủy ban nhân dân tỉnh; Hợp đồng thuê đất; Giấy chứng nhận",
  LB("DD_LUAT", "DD_ND102", "DD_PD"), who="organisation",
  note="Không quá 20 ngày làm việc, không kể thời gian bồi thường, giải phóng mặt bằng và xác định "
  "giá đất.")

# --- Sở Nông nghiệp và Môi trường: môi trường, tài nguyên nước --------------------------------------

MT_LB = LB("MT_LUAT", "MT_ND", "MT_TT")

P("1.010727.000.00.00.H34", "Cấp giấy phép môi trường (cấp tỉnh)", "MT", "SNNMT", "partial", 30,
  [F("Phí thẩm định cấp giấy phép môi trường", 15000000, NQ + "; tùy theo nhóm dự án, cơ sở")],
  [D("Văn bản đề nghị cấp giấy phép môi trường theo mẫu",
     template="van-ban-de-nghi-cap-giay-phep-moi-truong"),
   D("Báo cáo đề xuất cấp giấy phép môi trường của dự án đầu tư, cơ sở"),
   D("Bản sao báo cáo nghiên cứu khả thi hoặc tài liệu tương đương (đối với dự án không thuộc đối "
     "tượng đánh giá tác động môi trường)", 0, 1, False)],
  ["Sở Nông nghiệp và Môi trường kiểm tra hồ sơ, thành lập hội đồng thẩm định hoặc đoàn kiểm tra; "
   "tổ chức kiểm tra thực tế tại dự án, cơ sở.",
   "Sở tổng hợp kết quả thẩm định, trình Ủy ban nhân dân tỉnh cấp giấy phép môi trường; trường hợp "
   "chưa đủ điều kiện thì thông báo bằng văn bản."],
  "Giấy phép môi trường",
  MT_LB, who="organisation", unit="calendar",
  note="Không quá 30 ngày; không quá 20 ngày đối với dự án, cơ sở không thuộc trường hợp phải vận "
  "hành thử nghiệm công trình xử lý chất thải.")

P("1.010733.000.00.00.H34",
  "Thẩm định báo cáo đánh giá tác động môi trường (cấp tỉnh)", "MT", "SNNMT", "partial", 30,
  [F("Phí thẩm định báo cáo đánh giá tác động môi trường", 12000000, NQ + "; tùy theo tổng vốn đầu tư "
     "của dự án")],
  [D("Văn bản đề nghị thẩm định báo cáo đánh giá tác động môi trường"),
   D("Báo cáo đánh giá tác động môi trường"),
   D("Báo cáo nghiên cứu khả thi hoặc tài liệu tương đương với báo cáo nghiên cứu khả thi của dự án")],
  ["Sở Nông nghiệp và Môi trường thành lập hội đồng thẩm định, tổ chức khảo sát thực tế, lấy ý "
   "kiến cơ quan, tổ chức có liên quan.",
   "Chủ dự án chỉnh sửa, bổ sung báo cáo theo ý kiến hội đồng; Ủy ban nhân dân tỉnh ban hành quyết "
   "định phê duyệt kết quả thẩm định."],
  "Quyết định phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường",
  MT_LB, who="organisation", unit="calendar",
  note="Không quá 30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ, không kể thời gian chủ dự án chỉnh "
  "sửa, bổ sung báo cáo.")

TNN_LB = LB("TNN_LUAT", "TNN_ND")

P("1.012175.000.00.00.H34",
  "Cấp giấy phép khai thác, sử dụng nước dưới đất đối với công trình có quy mô dưới 3.000 m³/ngày đêm",
  "TNN", "SNNMT", "partial", 25,
  [F("Phí thẩm định hồ sơ cấp giấy phép khai thác, sử dụng nước dưới đất", 2000000, NQ + "; tùy "
     "theo lưu lượng khai thác")],
  [D("Đơn đề nghị cấp giấy phép theo mẫu", template="don-de-nghi-cap-giay-phep-tai-nguyen-nuoc"),
   D("Báo cáo kết quả thăm dò đánh giá trữ lượng nước dưới đất (đối với công trình chưa khai thác) "
     "hoặc báo cáo hiện trạng khai thác (đối với công trình đang khai thác)"),
   D("Kết quả phân tích chất lượng nguồn nước không quá 06 tháng tính đến thời điểm nộp hồ sơ")],
  ["Sở Nông nghiệp và Môi trường thẩm định hồ sơ, kiểm tra thực tế hiện trường, lập hội đồng thẩm "
   "định (nếu cần).",
   "Trình Ủy ban nhân dân tỉnh cấp giấy phép; thông báo tiền cấp quyền khai thác tài nguyên nước "
   "(nếu có)."],
  "Giấy phép khai thác, sử dụng nước dưới đất",
  TNN_LB, who="both")

P("1.012176.000.00.00.H34",
  "Cấp giấy phép khai thác, sử dụng nước mặt cho sản xuất nông nghiệp, nuôi trồng thủy sản và cho "
  "các mục đích khác thuộc thẩm quyền cấp tỉnh", "TNN", "SNNMT", "partial", 25,
  [F("Phí thẩm định hồ sơ cấp giấy phép khai thác, sử dụng nước mặt", 2500000, NQ + "; tùy theo "
     "lưu lượng khai thác")],
  [D("Đơn đề nghị cấp giấy phép theo mẫu", template="don-de-nghi-cap-giay-phep-tai-nguyen-nuoc"),
   D("Đề án khai thác, sử dụng nước (đối với công trình chưa vận hành) hoặc báo cáo hiện trạng khai "
     "thác, sử dụng nước (đối với công trình đang vận hành)"),
   D("Kết quả phân tích chất lượng nguồn nước")],
  ["Sở Nông nghiệp và Môi trường thẩm định hồ sơ, kiểm tra thực tế hiện trường.",
   "Trình Ủy ban nhân dân tỉnh cấp giấy phép khai thác, sử dụng nước mặt."],
  "Giấy phép khai thác, sử dụng nước mặt",
  TNN_LB, who="both")

# --- Sở Nông nghiệp và Môi trường: thú y, trồng trọt, bảo vệ thực vật, thủy sản --------------------

P("1.003810.000.00.00.H34",
  "Cấp Giấy chứng nhận kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn cấp tỉnh",
  "TY", "SNNMT", "partial", 1,
  [F("Lệ phí cấp giấy chứng nhận kiểm dịch", 40000, "40.000 đồng/giấy chứng nhận"),
   F("Phí kiểm dịch động vật, sản phẩm động vật", 0, "Theo biểu phí tại Thông tư số 101/2020/TT-BTC, "
     "tùy loại và số lượng động vật, sản phẩm động vật")],
  [D("Giấy đăng ký kiểm dịch theo mẫu", template="giay-dang-ky-kiem-dich-dong-vat"),
   D("Bản sao Giấy chứng nhận cơ sở an toàn dịch bệnh hoặc kết quả xét nghiệm bệnh (nếu có)", 0, 1,
     False)],
  ["Chi cục Chăn nuôi và Thú y (thuộc Sở Nông nghiệp và Môi trường) kiểm tra lâm sàng, lấy mẫu xét "
   "nghiệm (nếu cần), giám sát việc bốc xếp và niêm phong phương tiện vận chuyển.",
   "Cấp Giấy chứng nhận kiểm dịch nếu động vật, sản phẩm động vật đạt yêu cầu vệ sinh thú y."],
  "Giấy chứng nhận kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn cấp tỉnh",
  LB("TY_LUAT", "TY_KD", "TY_PHI"), who="both",
  note="Trong vòng 01 ngày làm việc đối với động vật xuất phát từ cơ sở an toàn dịch bệnh; không "
  "quá 05 ngày làm việc nếu phải xét nghiệm.")

P("1.003619.000.00.00.H34",
  "Cấp Giấy chứng nhận đủ điều kiện vệ sinh thú y đối với cơ sở sơ chế, chế biến, kinh doanh động "
  "vật, sản phẩm động vật", "TY", "SNNMT", "partial", 10,
  [F("Phí thẩm định điều kiện vệ sinh thú y", 500000, "Theo biểu phí tại Thông tư số 101/2020/TT-BTC")],
  [D("Đơn đăng ký cấp Giấy chứng nhận đủ điều kiện vệ sinh thú y theo mẫu"),
   D("Bản thuyết minh về điều kiện vệ sinh thú y của cơ sở")],
  ["Chi cục Chăn nuôi và Thú y thẩm định hồ sơ và tổ chức thẩm định thực tế điều kiện vệ sinh thú "
   "y tại cơ sở.",
   "Cấp Giấy chứng nhận đủ điều kiện vệ sinh thú y đối với cơ sở đạt yêu cầu."],
  "Giấy chứng nhận đủ điều kiện vệ sinh thú y (thời hạn 05 năm)",
  LB("TY_LUAT", "TY_ND", "TY_PHI"), who="both")

P("1.003598.000.00.00.H34",
  "Cấp chứng chỉ hành nghề thú y (tiêm phòng, chữa bệnh, phẫu thuật động vật; tư vấn, dịch vụ khác)",
  "TY", "SNNMT", "full", 5,
  [F("Lệ phí cấp chứng chỉ hành nghề thú y", 150000, "Theo biểu phí, lệ phí tại Thông tư số "
     "101/2020/TT-BTC")],
  [D("Đơn đề nghị cấp chứng chỉ hành nghề thú y theo mẫu"),
   D("Bản sao văn bằng, chứng chỉ chuyên môn phù hợp với loại hình hành nghề", 0, 1),
   D("01 ảnh chân dung 4x6 cm")],
  ["Chi cục Chăn nuôi và Thú y kiểm tra hồ sơ, trình cấp chứng chỉ hành nghề thú y."],
  "Chứng chỉ hành nghề thú y (thời hạn 05 năm)",
  LB("TY_LUAT", "TY_ND", "TY_PHI"))

P("1.004346.000.00.00.H34", "Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật",
  "BVTV", "SNNMT", "partial", 20,
  [F("Phí thẩm định điều kiện buôn bán thuốc bảo vệ thực vật", 500000, "Theo quy định của Bộ Tài "
     "chính về phí trong lĩnh vực bảo vệ thực vật")],
  [D("Đơn đề nghị cấp Giấy chứng nhận theo mẫu",
     template="don-de-nghi-cap-giay-chung-nhan-buon-ban-thuoc-bvtv-phan-bon"),
   D("Bản thuyết minh điều kiện buôn bán thuốc bảo vệ thực vật"),
   D("Bản sao văn bằng, chứng chỉ chuyên môn về bảo vệ thực vật, trồng trọt, hóa học của người "
     "trực tiếp quản lý, người bán hàng", 0, 1)],
  ["Chi cục Trồng trọt và Bảo vệ thực vật thẩm định hồ sơ, tổ chức đánh giá điều kiện tại cửa "
   "hàng, kho chứa.",
   "Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật đối với cơ sở đạt yêu cầu."],
  "Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật (thời hạn 05 năm)",
  LB("BVTV_LUAT", "BVTV_ND"), who="both")

P("1.008003.000.00.00.H34", "Cấp Giấy chứng nhận đủ điều kiện buôn bán phân bón", "TT", "SNNMT",
  "partial", 20,
  [F("Phí thẩm định điều kiện buôn bán phân bón", 500000, "Theo quy định của Bộ Tài chính về phí "
     "trong lĩnh vực trồng trọt")],
  [D("Đơn đề nghị cấp Giấy chứng nhận theo mẫu",
     template="don-de-nghi-cap-giay-chung-nhan-buon-ban-thuoc-bvtv-phan-bon"),
   D("Bản thuyết minh điều kiện buôn bán phân bón"),
   D("Bản sao văn bằng hoặc giấy chứng nhận bồi dưỡng chuyên môn về phân bón của người trực tiếp "
     "buôn bán", 0, 1)],
  ["Chi cục Trồng trọt và Bảo vệ thực vật thẩm định hồ sơ, kiểm tra thực tế điều kiện buôn bán.",
   "Cấp Giấy chứng nhận đủ điều kiện buôn bán phân bón."],
  "Giấy chứng nhận đủ điều kiện buôn bán phân bón (thời hạn 05 năm)",
  LB("TT_LUAT", "TT_PB"), who="both")

TS_LB = LB("TS_LUAT", "TS_ND", "TS_PHI")

P("1.004359.000.00.00.H34", "Cấp, cấp lại giấy phép khai thác thủy sản", "TS", "SNNMT", "full", 6,
  [F("Lệ phí cấp giấy phép khai thác thủy sản", 40000, "40.000 đồng/lần cấp; cấp lại: 20.000 đồng/lần")],
  [D("Đơn đề nghị cấp, cấp lại giấy phép khai thác thủy sản theo mẫu",
     template="don-de-nghi-cap-giay-phep-khai-thac-thuy-san"),
   D("Bản sao Giấy chứng nhận an toàn kỹ thuật tàu cá còn hiệu lực (đối với tàu có chiều dài từ 12 "
     "mét trở lên)", 0, 1, False),
   D("Bản sao văn bằng, chứng chỉ thuyền trưởng, máy trưởng tàu cá theo quy định", 0, 1)],
  ["Sở Nông nghiệp và Môi trường (Chi cục Thủy sản và Kiểm ngư) kiểm tra hồ sơ, đối chiếu hạn "
   "ngạch giấy phép khai thác thủy sản của tỉnh và cấp giấy phép."],
  "Giấy phép khai thác thủy sản",
  TS_LB,
  cond=["Tàu cá đã được đăng ký, lắp đặt thiết bị giám sát hành trình (đối với tàu có chiều dài từ "
        "15 mét trở lên); có hạn ngạch giấy phép khai thác thủy sản còn lại."])

P("1.004692.000.00.00.H34", "Đăng ký tàu cá", "TS", "SNNMT", "partial", 3,
  [F("Lệ phí cấp Giấy chứng nhận đăng ký tàu cá", 40000, "Theo chiều dài tàu: dưới 15 mét 40.000 "
     "đồng; từ 15 mét đến dưới 24 mét 70.000 đồng; từ 24 mét trở lên 100.000 đồng")],
  [D("Tờ khai đăng ký tàu cá theo mẫu", template="to-khai-dang-ky-tau-ca"),
   D("Giấy chứng nhận xóa đăng ký (đối với tàu cá đã đăng ký nơi khác) hoặc hợp đồng mua bán, đóng "
     "mới tàu cá"),
   D("Biên bản kiểm tra an toàn kỹ thuật tàu cá; ảnh màu (9x12 cm) chụp toàn tàu theo hướng mạn "
     "phải")],
  ["Sở Nông nghiệp và Môi trường kiểm tra hồ sơ, cấp Giấy chứng nhận đăng ký tàu cá và cập nhật "
   "vào Cơ sở dữ liệu tàu cá quốc gia (VNFishbase)."],
  "Giấy chứng nhận đăng ký tàu cá",
  LB("TS_LUAT", "TS_TT", "TS_PHI"))

P("1.004689.000.00.00.H34",
  "Cấp văn bản chấp thuận đóng mới, cải hoán, thuê, mua tàu cá trên biển", "TS", "SNNMT", "full", 3,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Đơn đề nghị đóng mới, cải hoán, thuê, mua tàu cá theo mẫu")],
  ["Sở Nông nghiệp và Môi trường kiểm tra hạn ngạch giấy phép khai thác thủy sản, cấp văn bản chấp "
   "thuận; trường hợp không chấp thuận phải trả lời bằng văn bản, nêu rõ lý do."],
  "Văn bản chấp thuận đóng mới, cải hoán, thuê, mua tàu cá",
  LB("TS_LUAT", "TS_ND"))

# --- Sở Công Thương ------------------------------------------------------------------------------

P("2.000591.000.00.00.H34",
  "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh "
  "thực phẩm do Sở Công Thương thực hiện", "ATTP", "SCT", "partial", 20,
  [F("Phí thẩm định cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", 1000000,
     "Cơ sở kinh doanh: 1.000.000 đồng/lần/cơ sở; cơ sở sản xuất (trừ cơ sở sản xuất nhỏ lẻ): "
     "2.500.000 đồng/lần/cơ sở; cơ sở sản xuất nhỏ lẻ: 500.000 đồng/lần/cơ sở")],
  [D("Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm theo mẫu",
     template="don-de-nghi-cap-giay-chung-nhan-attp"),
   D("Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo đảm điều kiện an toàn thực phẩm"),
   D("Giấy xác nhận đủ sức khỏe/danh sách tổng hợp xác nhận đủ sức khỏe của chủ cơ sở và người trực "
     "tiếp sản xuất, kinh doanh thực phẩm do cơ sở y tế cấp huyện trở lên cấp"),
   D("Giấy xác nhận đã được tập huấn kiến thức an toàn thực phẩm của chủ cơ sở và người trực tiếp "
     "sản xuất, kinh doanh thực phẩm", 0, 1)],
  ["Sở Công Thương thẩm định hồ sơ; thành lập đoàn thẩm định thực tế tại cơ sở trong thời hạn 15 "
   "ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
   "Giám đốc Sở Công Thương cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở "
   "đạt yêu cầu."],
  "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (thời hạn 03 năm)",
  LB("ATTP_LUAT", "ATTP_ND", "ATTP_BCT", "ATTP_PHI"), who="both",
  cond=["Cơ sở đáp ứng điều kiện bảo đảm an toàn thực phẩm tại Luật An toàn thực phẩm và quy chuẩn "
        "kỹ thuật quốc gia tương ứng; không thuộc trường hợp được miễn cấp Giấy chứng nhận."])

P("2.000592.000.00.00.H34",
  "Cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm do Sở Công Thương thực hiện "
  "(trường hợp bị mất, hỏng hoặc thay đổi tên, địa chỉ cơ sở)", "ATTP", "SCT", "full", 5,
  [F("Phí, lệ phí", 0, "Không thu phí thẩm định đối với trường hợp cấp lại không phải thẩm định "
     "thực tế")],
  [D("Đơn đề nghị cấp lại Giấy chứng nhận theo mẫu", template="don-de-nghi-cap-giay-chung-nhan-attp"),
   D("Bản gốc Giấy chứng nhận đã cấp (trường hợp bị hỏng hoặc thay đổi thông tin)", mandatory=False)],
  ["Sở Công Thương kiểm tra hồ sơ lưu, cấp lại Giấy chứng nhận với thời hạn bằng thời hạn còn lại "
   "của Giấy chứng nhận đã cấp."],
  "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (cấp lại)",
  LB("ATTP_LUAT", "ATTP_ND", "ATTP_BCT"), who="both")

P("2.000636.000.00.00.H34", "Cấp Giấy phép bán buôn sản phẩm rượu trên địa bàn tỉnh", "LTHH",
  "SCT", "partial", 10,
  [F("Phí thẩm định cấp Giấy phép bán buôn sản phẩm rượu", 2200000, "Mức thu theo Thông tư số "
     "168/2016/TT-BTC (đã được sửa đổi, bổ sung)")],
  [D("Đơn đề nghị cấp Giấy phép bán buôn rượu theo mẫu",
     template="don-de-nghi-cap-giay-phep-kinh-doanh-ruou"),
   GPKD,
   D("Bản sao hợp đồng thuê, mượn hoặc tài liệu chứng minh quyền sử dụng hợp pháp cơ sở dự kiến làm "
     "kho hàng (diện tích từ 50 m² trở lên hoặc dung tích từ 150 m³ trở lên)", 0, 1),
   D("Bản sao văn bản giới thiệu, hợp đồng với thương nhân sản xuất, thương nhân phân phối hoặc "
     "thương nhân bán buôn sản phẩm rượu khác", 0, 1)],
  ["Sở Công Thương thẩm định hồ sơ, kiểm tra thực tế kho hàng và hệ thống phân phối (nếu cần); "
   "Giám đốc Sở Công Thương cấp Giấy phép bán buôn sản phẩm rượu."],
  "Giấy phép bán buôn sản phẩm rượu (thời hạn 05 năm)",
  LB("TM_LUAT", "RUOU_ND", "TMPHI"), who="organisation")

P("2.000648.000.00.00.H34", "Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu", "LTHH",
  "SCT", "partial", 15,
  [F("Phí thẩm định cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu", 1200000, "Tại các "
     "phường: 1.200.000 đồng/cửa hàng/lần thẩm định; tại các xã, đặc khu: 600.000 đồng/cửa hàng/lần "
     "thẩm định")],
  [D("Đơn đề nghị cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu theo mẫu"),
   D("Bản kê trang thiết bị của cửa hàng bán lẻ xăng dầu; bản sao tài liệu chứng minh quyền sử "
     "dụng hợp pháp cửa hàng", 0, 1),
   D("Bản sao Giấy chứng nhận đủ điều kiện về phòng cháy và chữa cháy; quyết định phê duyệt hoặc "
     "xác nhận đăng ký môi trường", 0, 1),
   D("Bản sao chứng chỉ đào tạo nghiệp vụ về phòng cháy, chữa cháy và bảo vệ môi trường của cán "
     "bộ quản lý, nhân viên cửa hàng", 0, 1)],
  ["Sở Công Thương thẩm định hồ sơ, kiểm tra thực tế cửa hàng xăng dầu; Giám đốc Sở Công Thương "
   "cấp Giấy chứng nhận."],
  "Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu (thời hạn 05 năm)",
  LB("TM_LUAT", "XANG_ND", "TMPHI"), who="organisation")

P("2.000639.000.00.00.H34", "Cấp Giấy phép bán buôn sản phẩm thuốc lá", "LTHH", "SCT", "partial", 15,
  [F("Phí thẩm định cấp Giấy phép bán buôn sản phẩm thuốc lá", 2200000, "Mức thu theo Thông tư số "
     "168/2016/TT-BTC (đã được sửa đổi, bổ sung)")],
  [D("Đơn đề nghị cấp Giấy phép bán buôn sản phẩm thuốc lá theo mẫu",
     template="don-de-nghi-cap-giay-phep-kinh-doanh-thuoc-la"),
   GPKD,
   D("Bản sao các văn bản giới thiệu, hợp đồng mua bán của Nhà cung cấp sản phẩm thuốc lá", 0, 1),
   D("Bảng kê danh sách thương nhân, địa điểm kinh doanh thuộc hệ thống bán buôn; tài liệu chứng "
     "minh kho hàng đáp ứng điều kiện")],
  ["Sở Công Thương thẩm định hồ sơ, kiểm tra thực tế (nếu cần); Giám đốc Sở Công Thương cấp Giấy "
   "phép bán buôn sản phẩm thuốc lá."],
  "Giấy phép bán buôn sản phẩm thuốc lá (thời hạn 05 năm)",
  LB("TL_LUAT", "TL_ND", "TMPHI"), who="organisation")

P("2.000002.000.00.00.H34",
  "Đăng ký thực hiện khuyến mại theo hình thức mang tính may rủi thực hiện trên địa bàn 01 tỉnh",
  "XTTM", "SCT", "full", 5,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Văn bản đề nghị thực hiện chương trình khuyến mại theo mẫu"),
   D("Thể lệ chương trình khuyến mại"),
   D("Mẫu vé số dự thưởng (đối với chương trình có phát hành vé số dự thưởng)", mandatory=False),
   D("Hình ảnh hàng hóa khuyến mại, hàng hóa dùng để khuyến mại; bản sao giấy tờ về chất lượng "
     "hàng hóa theo quy định", 0, 1, False)],
  ["Sở Công Thương xem xét hồ sơ, có văn bản xác nhận việc đăng ký thực hiện khuyến mại; trường "
   "hợp không xác nhận thì trả lời bằng văn bản, nêu rõ lý do."],
  "Văn bản xác nhận đăng ký thực hiện khuyến mại",
  LB("TM_LUAT", "KM_ND"), who="organisation")

P("2.000704.000.00.00.H34",
  "Cấp giấy phép hoạt động điện lực trong lĩnh vực phát điện đối với nhà máy điện có quy mô công "
  "suất dưới 03 MW đặt tại địa phương", "DIEN", "SCT", "partial", 15,
  [F("Phí thẩm định cấp giấy phép hoạt động điện lực", 2700000, "Theo quy định của Bộ Tài chính, "
     "tùy theo lĩnh vực và quy mô công suất")],
  [D("Văn bản đề nghị cấp giấy phép hoạt động điện lực theo mẫu"),
   D("Danh sách trích ngang người quản lý kỹ thuật, vận hành kèm bản sao bằng tốt nghiệp, giấy "
     "chứng nhận vận hành", 0, 1),
   D("Bản sao quyết định phê duyệt dự án, thiết kế kỹ thuật; biên bản nghiệm thu hoàn thành công "
     "trình", 0, 1),
   D("Bản sao hợp đồng mua bán điện hoặc văn bản thỏa thuận đấu nối", 0, 1)],
  ["Sở Công Thương thẩm định hồ sơ, kiểm tra thực tế nhà máy điện (nếu cần); Giám đốc Sở Công "
   "Thương cấp giấy phép hoạt động điện lực."],
  "Giấy phép hoạt động điện lực",
  LB("DIEN_LUAT"), who="organisation")

P("2.000291.000.00.00.H34",
  "Cấp Giấy chứng nhận đủ điều kiện kinh doanh hóa chất sản xuất, kinh doanh có điều kiện trong "
  "lĩnh vực công nghiệp", "HC", "SCT", "partial", 12,
  [F("Phí thẩm định điều kiện kinh doanh hóa chất", 1200000, "Theo quy định của Bộ Tài chính về "
     "phí thẩm định điều kiện kinh doanh trong lĩnh vực hóa chất")],
  [D("Văn bản đề nghị cấp Giấy chứng nhận theo mẫu"),
   D("Bản kê khai địa điểm kinh doanh, kho chứa; bản sao giấy tờ chứng minh quyền sử dụng hợp pháp",
     0, 1),
   D("Bản sao Phiếu an toàn hóa chất của các hóa chất kinh doanh", 0, 1),
   D("Bản sao văn bằng của người phụ trách an toàn hóa chất; giấy chứng nhận huấn luyện an toàn hóa "
     "chất", 0, 1),
   D("Kế hoạch phòng ngừa, ứng phó sự cố hóa chất đã được phê duyệt hoặc Biện pháp phòng ngừa, "
     "ứng phó sự cố hóa chất")],
  ["Sở Công Thương thẩm định hồ sơ, kiểm tra điều kiện thực tế tại cơ sở (nếu cần); Giám đốc Sở "
   "Công Thương cấp Giấy chứng nhận."],
  "Giấy chứng nhận đủ điều kiện kinh doanh hóa chất sản xuất, kinh doanh có điều kiện",
  LB("HC_LUAT", "HC_ND"), who="organisation")

# --- Sở Y tế -------------------------------------------------------------------------------------

KCB_LB = LB("KCB_LUAT", "KCB_ND", "KCB_TT", "KCB_PHI")
GPHN = ("bác sĩ, y sĩ, điều dưỡng, hộ sinh, kỹ thuật y, dinh dưỡng lâm sàng, cấp cứu viên ngoại "
        "viện, tâm lý lâm sàng")

P("1.012216.000.00.00.H34",
  f"Cấp mới giấy phép hành nghề đối với các chức danh {GPHN}", "KCB", "SYT", "partial", 30,
  [F("Phí thẩm định cấp mới giấy phép hành nghề khám bệnh, chữa bệnh", 360000, "360.000 đồng/hồ sơ")],
  [D("Đơn đề nghị cấp mới giấy phép hành nghề theo mẫu",
     template="don-de-nghi-cap-giay-phep-hanh-nghe-kcb"),
   D("Bản sao văn bằng phù hợp với chức danh đề nghị cấp giấy phép hành nghề", 0, 1),
   D("Giấy xác nhận hoàn thành quá trình thực hành của cơ sở hướng dẫn thực hành"),
   D("Giấy chứng nhận đủ sức khỏe để hành nghề khám bệnh, chữa bệnh (còn thời hạn 06 tháng)"),
   D("Phiếu lý lịch tư pháp (trường hợp người đề nghị cấp giấy phép hành nghề không khai thác được "
     "trên cơ sở dữ liệu)", mandatory=False),
   D("02 ảnh chân dung màu nền trắng cỡ 04 cm x 06 cm chụp trong thời gian không quá 06 tháng")],
  ["Sở Y tế thẩm định hồ sơ; trường hợp hồ sơ chưa hợp lệ thì thông báo bổ sung trong thời hạn "
   "10 ngày.",
   "Giám đốc Sở Y tế cấp giấy phép hành nghề và cập nhật vào Hệ thống thông tin quản lý hoạt động "
   "khám bệnh, chữa bệnh."],
  "Giấy phép hành nghề khám bệnh, chữa bệnh",
  KCB_LB, unit="calendar",
  cond=["Có văn bằng phù hợp với chức danh chuyên môn; có văn bản xác nhận hoàn thành thực hành; "
        "đạt yêu cầu kiểm tra đánh giá năng lực hành nghề (từ thời điểm áp dụng theo lộ trình); đủ "
        "sức khỏe để hành nghề."])

P("1.012217.000.00.00.H34",
  f"Gia hạn giấy phép hành nghề đối với các chức danh {GPHN}", "KCB", "SYT", "full", 20,
  [F("Phí thẩm định gia hạn giấy phép hành nghề", 120000, "Theo Thông tư số 59/2023/TT-BTC")],
  [D("Đơn đề nghị gia hạn giấy phép hành nghề theo mẫu",
     template="don-de-nghi-cap-giay-phep-hanh-nghe-kcb"),
   D("Giấy chứng nhận đủ sức khỏe để hành nghề khám bệnh, chữa bệnh"),
   D("Giấy tờ chứng minh đã đáp ứng yêu cầu về cập nhật kiến thức y khoa liên tục", 0, 1)],
  ["Sở Y tế thẩm định hồ sơ; Giám đốc Sở Y tế gia hạn giấy phép hành nghề."],
  "Giấy phép hành nghề được gia hạn",
  KCB_LB, unit="calendar",
  cond=["Nộp hồ sơ đề nghị gia hạn trước thời điểm giấy phép hành nghề hết hạn ít nhất 60 ngày."])

P("1.012218.000.00.00.H34",
  f"Cấp lại giấy phép hành nghề đối với các chức danh {GPHN} (do bị mất, hư hỏng hoặc bị thu hồi "
  "do cấp không đúng thẩm quyền)", "KCB", "SYT", "full", 10,
  [F("Phí thẩm định cấp lại giấy phép hành nghề", 150000, "Theo Thông tư số 59/2023/TT-BTC")],
  [D("Đơn đề nghị cấp lại giấy phép hành nghề theo mẫu",
     template="don-de-nghi-cap-giay-phep-hanh-nghe-kcb"),
   D("Bản gốc giấy phép hành nghề bị hư hỏng (nếu có)", mandatory=False),
   D("02 ảnh chân dung màu nền trắng cỡ 04 cm x 06 cm")],
  ["Sở Y tế đối chiếu thông tin lưu trữ, cấp lại giấy phép hành nghề."],
  "Giấy phép hành nghề khám bệnh, chữa bệnh (cấp lại)",
  KCB_LB, unit="calendar")

P("1.012245.000.00.00.H34",
  "Cấp mới giấy phép hoạt động đối với phòng khám đa khoa, phòng khám chuyên khoa", "KCB", "SYT",
  "partial", 60,
  [F("Phí thẩm định cấp giấy phép hoạt động phòng khám", 4300000, "Theo Thông tư số 59/2023/TT-BTC")],
  [D("Đơn đề nghị cấp mới giấy phép hoạt động theo mẫu",
     template="don-de-nghi-cap-giay-phep-hoat-dong-kcb"),
   D("Bản sao quyết định thành lập hoặc Giấy chứng nhận đăng ký doanh nghiệp", 0, 1),
   D("Danh sách người hành nghề, người làm việc tại cơ sở; bản sao giấy phép hành nghề", 0, 1),
   D("Bản kê khai cơ sở vật chất, thiết bị y tế, tổ chức nhân sự"),
   D("Danh mục chuyên môn kỹ thuật đề nghị thực hiện"),
   D("Tài liệu chứng minh đáp ứng điều kiện về an toàn bức xạ, xử lý chất thải y tế (nếu có)", 0, 1,
     False)],
  ["Sở Y tế thẩm định hồ sơ; thành lập đoàn thẩm định thực tế tại cơ sở và lập biên bản thẩm định.",
   "Giám đốc Sở Y tế cấp giấy phép hoạt động và phê duyệt danh mục chuyên môn kỹ thuật; công bố "
   "trên cổng thông tin điện tử của Sở Y tế."],
  "Giấy phép hoạt động khám bệnh, chữa bệnh",
  KCB_LB, who="organisation", unit="calendar",
  note="Không quá 60 ngày kể từ ngày nhận đủ hồ sơ hợp lệ, bao gồm thời gian thẩm định thực tế.")

DUOC_LB = LB("DUOC_LUAT", "DUOC_ND", "DUOC_PHI")

P("1.004616.000.00.00.H34", "Cấp Chứng chỉ hành nghề dược theo hình thức xét hồ sơ", "DUOC", "SYT",
  "full", 20,
  [F("Phí thẩm định cấp Chứng chỉ hành nghề dược", 500000, "500.000 đồng/hồ sơ")],
  [D("Đơn đề nghị cấp Chứng chỉ hành nghề dược theo mẫu",
     template="don-de-nghi-cap-chung-chi-hanh-nghe-duoc"),
   D("Bản sao văn bằng chuyên môn", 0, 1),
   D("Giấy xác nhận về thời gian thực hành chuyên môn tại cơ sở dược phù hợp"),
   D("Giấy chứng nhận đủ sức khỏe để hành nghề dược"),
   D("02 ảnh chân dung cỡ 4 cm x 6 cm chụp trong thời gian không quá 06 tháng")],
  ["Sở Y tế thẩm định hồ sơ, xin ý kiến Hội đồng tư vấn cấp Chứng chỉ hành nghề dược.",
   "Giám đốc Sở Y tế cấp Chứng chỉ hành nghề dược; trường hợp không cấp phải trả lời bằng văn bản, "
   "nêu rõ lý do."],
  "Chứng chỉ hành nghề dược",
  DUOC_LB)

P("1.004617.000.00.00.H34",
  "Cấp lại Chứng chỉ hành nghề dược theo hình thức xét hồ sơ (trường hợp bị mất hoặc hư hỏng)",
  "DUOC", "SYT", "full", 5,
  [F("Phí thẩm định cấp lại Chứng chỉ hành nghề dược", 500000, "500.000 đồng/hồ sơ")],
  [D("Đơn đề nghị cấp lại Chứng chỉ hành nghề dược theo mẫu",
     template="don-de-nghi-cap-chung-chi-hanh-nghe-duoc"),
   D("02 ảnh chân dung cỡ 4 cm x 6 cm"),
   D("Bản gốc Chứng chỉ hành nghề dược bị hư hỏng (nếu có)", mandatory=False)],
  ["Sở Y tế đối chiếu hồ sơ lưu, cấp lại Chứng chỉ hành nghề dược với số chứng chỉ đã cấp."],
  "Chứng chỉ hành nghề dược (cấp lại)",
  DUOC_LB)

P("1.004614.000.00.00.H34",
  "Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược cho cơ sở bán lẻ thuốc (nhà thuốc, quầy thuốc, "
  "tủ thuốc trạm y tế xã)", "DUOC", "SYT", "partial", 20,
  [F("Phí thẩm định điều kiện kinh doanh thuốc", 1000000, "1.000.000 đồng/hồ sơ; cơ sở bán lẻ tại "
     "địa bàn thuộc vùng khó khăn, miền núi, hải đảo: 500.000 đồng/hồ sơ")],
  [D("Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện kinh doanh dược theo mẫu",
     template="don-de-nghi-cap-giay-chung-nhan-du-dieu-kien-kinh-doanh-duoc"),
   D("Tài liệu kỹ thuật tương ứng với cơ sở kinh doanh dược (địa điểm, khu vực bảo quản, trang "
     "thiết bị, hệ thống quản lý chất lượng)"),
   D("Bản sao Chứng chỉ hành nghề dược của người chịu trách nhiệm chuyên môn về dược", 0, 1),
   D("Bản sao Giấy chứng nhận đăng ký doanh nghiệp/hộ kinh doanh (không yêu cầu nếu tra cứu được)",
     0, 1, False)],
  ["Sở Y tế thẩm định hồ sơ và tổ chức đánh giá thực tế việc đáp ứng Thực hành tốt cơ sở bán lẻ "
   "thuốc (GPP) tại cơ sở.",
   "Giám đốc Sở Y tế cấp Giấy chứng nhận đủ điều kiện kinh doanh dược và Giấy chứng nhận đạt GPP."],
  "Giấy chứng nhận đủ điều kiện kinh doanh dược; Giấy chứng nhận đạt Thực hành tốt cơ sở bán lẻ thuốc",
  DUOC_LB, who="both")

P("1.004620.000.00.00.H34", "Công bố sản phẩm mỹ phẩm sản xuất trong nước", "MP", "SYT", "full", 3,
  [F("Phí thẩm định hồ sơ công bố sản phẩm mỹ phẩm", 500000, "500.000 đồng/mặt hàng")],
  [D("Phiếu công bố sản phẩm mỹ phẩm (02 bản) kèm theo dữ liệu công bố (bản mềm)", 2, 0),
   D("Bản sao Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm của nhà sản xuất", 0, 1),
   D("Giấy ủy quyền của nhà sản xuất cho tổ chức, cá nhân chịu trách nhiệm đưa sản phẩm ra thị "
     "trường (trường hợp không phải nhà sản xuất)", mandatory=False)],
  ["Sở Y tế kiểm tra hồ sơ công bố; nếu đáp ứng quy định thì cấp số tiếp nhận Phiếu công bố sản "
   "phẩm mỹ phẩm."],
  "Phiếu công bố sản phẩm mỹ phẩm được cấp số tiếp nhận",
  LB("MP_TT", "DUOC_PHI"), who="organisation")

P("1.012270.000.00.00.H34",
  "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn "
  "uống thuộc thẩm quyền của Sở Y tế", "ATTP", "SYT", "partial", 20,
  [F("Phí thẩm định cơ sở kinh doanh dịch vụ ăn uống", 700000, "Phục vụ dưới 200 suất ăn: 700.000 "
     "đồng/lần/cơ sở; phục vụ từ 200 suất ăn trở lên: 1.000.000 đồng/lần/cơ sở")],
  [D("Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm theo mẫu",
     template="don-de-nghi-cap-giay-chung-nhan-attp"),
   D("Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo đảm điều kiện vệ sinh an toàn "
     "thực phẩm"),
   D("Giấy xác nhận đã được tập huấn kiến thức an toàn thực phẩm của chủ cơ sở và người trực tiếp "
     "chế biến, kinh doanh thực phẩm", 0, 1),
   D("Giấy xác nhận đủ sức khỏe của chủ cơ sở và người trực tiếp kinh doanh thực phẩm")],
  ["Chi cục An toàn vệ sinh thực phẩm (Sở Y tế) thẩm định hồ sơ, thành lập đoàn thẩm định thực tế "
   "tại cơ sở.",
   "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở đạt yêu cầu."],
  "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (thời hạn 03 năm)",
  LB("ATTP_LUAT", "ATTP_ND", "ATTP_PHI"), who="both")

P("1.001739.000.00.00.H34",
  "Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp xã hội "
  "cấp tỉnh", "BTXH", "SYT", "partial", 10,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Tờ khai đề nghị trợ giúp xã hội theo mẫu", template="to-khai-de-nghi-tro-giup-xa-hoi"),
   D("Văn bản đề nghị của Ủy ban nhân dân cấp xã nơi đối tượng cư trú"),
   D("Bản sao giấy khai sinh (đối với trẻ em); giấy xác nhận khuyết tật (đối với người khuyết tật)",
     0, 1, False)],
  ["Sở Y tế xem xét hồ sơ, chỉ đạo cơ sở trợ giúp xã hội cấp tỉnh kiểm tra tình trạng của đối tượng.",
   "Giám đốc Sở Y tế quyết định tiếp nhận đối tượng vào cơ sở trợ giúp xã hội."],
  "Quyết định tiếp nhận đối tượng vào cơ sở trợ giúp xã hội",
  LB("BTXH_ND", "BTXH_ND76", "BTXH_CS"))

P("1.001753.000.00.00.H34",
  "Đăng ký thành lập cơ sở trợ giúp xã hội ngoài công lập thuộc thẩm quyền giải quyết của Sở Y tế",
  "BTXH", "SYT", "partial", 15,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Tờ khai đăng ký thành lập cơ sở trợ giúp xã hội theo mẫu"),
   D("Dự thảo quy chế hoạt động của cơ sở"),
   D("Bản sao giấy tờ chứng minh quyền sở hữu, quyền sử dụng hợp pháp cơ sở vật chất", 0, 1),
   D("Bản sao văn bằng, chứng chỉ của người đứng đầu và nhân viên dự kiến", 0, 1)],
  ["Sở Y tế thẩm định hồ sơ, kiểm tra thực tế cơ sở vật chất, điều kiện nhân sự.",
   "Giám đốc Sở Y tế cấp Giấy chứng nhận đăng ký thành lập cơ sở trợ giúp xã hội."],
  "Giấy chứng nhận đăng ký thành lập cơ sở trợ giúp xã hội ngoài công lập",
  LB("BTXH_CS", "BTXH_ND"), who="both")

# --- Sở Giáo dục và Đào tạo ----------------------------------------------------------------------

P("1.005094.000.00.00.H34", "Chuyển trường đối với học sinh trung học phổ thông", "GD", "SGDDT",
  "full", 3,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Đơn xin chuyển trường do cha, mẹ hoặc người giám hộ ký", template="don-xin-chuyen-truong"),
   D("Học bạ (bản chính)"),
   D("Giấy giới thiệu chuyển trường do Hiệu trưởng nhà trường nơi đi cấp"),
   D("Giấy giới thiệu của Sở Giáo dục và Đào tạo nơi đi (đối với học sinh chuyển đến từ tỉnh khác)",
     mandatory=False)],
  ["Sở Giáo dục và Đào tạo xem xét, có văn bản giới thiệu học sinh đến trường nơi đến (đối với "
   "học sinh chuyển từ tỉnh khác đến); Hiệu trưởng trường nơi đến tiếp nhận học sinh."],
  "Học sinh được tiếp nhận vào học tại trường trung học phổ thông nơi đến",
  LB("GD_LUAT", "GD_CT"))

P("1.005092.000.00.00.H34", "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", "GD", "SGDDT", "full", 1,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc theo mẫu",
     template="don-de-nghi-cap-ban-sao-van-bang"),
   ID,
   D("Giấy tờ chứng minh quan hệ với người được cấp văn bằng (trường hợp cha, mẹ, con, vợ, chồng, "
     "anh, chị, em ruột, người thừa kế yêu cầu)", 0, 1, False)],
  ["Sở Giáo dục và Đào tạo đối chiếu sổ gốc cấp văn bằng, chứng chỉ và cấp bản sao."],
  "Bản sao văn bằng, chứng chỉ từ sổ gốc",
  LB("GD_LUAT", "GD_VB"),
  note="Ngay trong ngày tiếp nhận yêu cầu; trường hợp yêu cầu với số lượng lớn hoặc văn bằng đã "
  "cấp lâu năm thì không quá 03 ngày làm việc.")

P("1.005088.000.00.00.H34", "Chỉnh sửa nội dung văn bằng, chứng chỉ", "GD", "SGDDT", "full", 5,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Đơn đề nghị chỉnh sửa văn bằng, chứng chỉ"),
   D("Văn bằng, chứng chỉ đề nghị chỉnh sửa"),
   D("Trích lục hoặc quyết định thay đổi, cải chính hộ tịch, xác định lại dân tộc, xác định lại "
     "giới tính (trường hợp chỉnh sửa do thay đổi hộ tịch)", 0, 1),
   ID],
  ["Sở Giáo dục và Đào tạo xem xét, ra quyết định chỉnh sửa; nội dung chỉnh sửa được ghi vào phụ "
   "lục sổ gốc cấp văn bằng, chứng chỉ."],
  "Quyết định chỉnh sửa văn bằng, chứng chỉ",
  LB("GD_LUAT", "GD_VB"))

P("1.005097.000.00.00.H34",
  "Công nhận văn bằng tốt nghiệp các cấp học phổ thông do cơ sở giáo dục nước ngoài cấp", "GD",
  "SGDDT", "partial", 20,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Đơn đề nghị công nhận văn bằng"),
   D("Bản sao văn bằng đề nghị công nhận kèm bản dịch sang tiếng Việt được chứng thực", 0, 1),
   D("Bản sao kết quả học tập (học bạ, bảng điểm) kèm bản dịch sang tiếng Việt", 0, 1),
   D("Văn bản ủy quyền xác minh thông tin về văn bằng (nếu cần)", mandatory=False)],
  ["Sở Giáo dục và Đào tạo xác minh thông tin về văn bằng với cơ sở giáo dục nước ngoài (nếu cần); "
   "Giám đốc Sở ký giấy công nhận văn bằng."],
  "Giấy công nhận văn bằng tốt nghiệp trung học cơ sở/trung học phổ thông",
  LB("GD_LUAT", "GD_VB"),
  note="20 ngày làm việc; trường hợp phải xác minh thông tin với cơ sở giáo dục nước ngoài thì "
  "không quá 45 ngày làm việc.")

P("1.005067.000.00.00.H34", "Cho phép thành lập trung tâm ngoại ngữ, tin học", "GD", "SGDDT",
  "partial", 20,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Tờ trình đề nghị cho phép thành lập trung tâm",
     template="to-trinh-de-nghi-cho-phep-hoat-dong-giao-duc"),
   D("Đề án thành lập trung tâm (mục tiêu, quy mô, cơ sở vật chất, đội ngũ, chương trình)"),
   D("Văn bản xác nhận quyền sử dụng đất, quyền sở hữu nhà hoặc hợp đồng thuê trụ sở", 0, 1)],
  ["Sở Giáo dục và Đào tạo thẩm định hồ sơ, kiểm tra thực tế; Giám đốc Sở quyết định cho phép "
   "thành lập trung tâm."],
  "Quyết định cho phép thành lập trung tâm ngoại ngữ, tin học",
  LB("GD_LUAT", "GD_ND"), who="both")

P("1.005068.000.00.00.H34", "Cho phép trung tâm ngoại ngữ, tin học hoạt động giáo dục", "GD",
  "SGDDT", "partial", 20,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Tờ trình đề nghị cho phép hoạt động giáo dục",
     template="to-trinh-de-nghi-cho-phep-hoat-dong-giao-duc"),
   D("Bản sao quyết định thành lập hoặc cho phép thành lập trung tâm", 0, 1),
   D("Danh sách đội ngũ giáo viên, nhân viên kèm bản sao văn bằng, chứng chỉ", 0, 1),
   D("Chương trình, tài liệu giảng dạy; quy chế tổ chức và hoạt động của trung tâm")],
  ["Sở Giáo dục và Đào tạo thẩm định hồ sơ, tổ chức kiểm tra thực tế các điều kiện hoạt động.",
   "Giám đốc Sở Giáo dục và Đào tạo quyết định cho phép hoạt động giáo dục."],
  "Quyết định cho phép trung tâm ngoại ngữ, tin học hoạt động giáo dục",
  LB("GD_LUAT", "GD_ND"), who="both")

P("1.005142.000.00.00.H34", "Phúc khảo bài thi tốt nghiệp trung học phổ thông", "GD", "SGDDT",
  "full", 15,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Đơn đề nghị phúc khảo bài thi (ghi rõ môn thi, bài thi đề nghị phúc khảo)")],
  S("Thí sinh nộp đơn đề nghị phúc khảo trực tuyến trên Hệ thống quản lý thi hoặc trực tiếp tại "
    "điểm tiếp nhận hồ sơ đăng ký dự thi trong thời hạn 10 ngày kể từ ngày công bố kết quả thi.",
    "Sở Giáo dục và Đào tạo tổng hợp danh sách thí sinh đề nghị phúc khảo, tổ chức chấm phúc khảo "
    "theo Quy chế thi tốt nghiệp trung học phổ thông.",
    "Hội đồng thi công bố kết quả phúc khảo; điều chỉnh điểm thi và kết quả tốt nghiệp (nếu có).",
    "Thí sinh tra cứu kết quả phúc khảo trên hệ thống hoặc nhận thông báo tại điểm tiếp nhận hồ sơ."),
  "Thông báo kết quả phúc khảo bài thi",
  LB("GD_LUAT"), unit="calendar",
  note="Chậm nhất 15 ngày kể từ ngày hết hạn nhận đơn phúc khảo.")

P("1.000487.000.00.00.H34",
  "Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp đối với trung tâm giáo dục nghề "
  "nghiệp, trường trung cấp, doanh nghiệp", "GDNN", "SGDDT", "partial", 10,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Văn bản đề nghị cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp theo mẫu"),
   D("Bản sao quyết định thành lập hoặc Giấy chứng nhận đăng ký doanh nghiệp", 0, 1),
   D("Báo cáo thực trạng cơ sở vật chất, thiết bị, đội ngũ nhà giáo, chương trình đào tạo cho từng "
     "ngành, nghề đăng ký")],
  ["Sở Giáo dục và Đào tạo thẩm định hồ sơ, kiểm tra thực tế điều kiện bảo đảm hoạt động giáo dục "
   "nghề nghiệp; cấp giấy chứng nhận đăng ký hoạt động."],
  "Giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp",
  LB("GDNN_LUAT", "GDNN_ND"), who="organisation")

# --- Sở Nội vụ: lao động, việc làm, người có công, thi đua, tôn giáo, hội --------------------------

LD_NN = LB("BLLD", "LD_NNN")

P("1.000459.000.00.00.H34",
  "Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam", "LD",
  ["SNV", "BQLKKT"], "full", 10,
  [F("Lệ phí cấp giấy phép lao động", 600000, NQ)],
  [D("Văn bản đề nghị cấp giấy phép lao động của người sử dụng lao động theo mẫu",
     template="van-ban-de-nghi-cap-giay-phep-lao-dong"),
   D("Giấy chứng nhận sức khỏe hoặc giấy khám sức khỏe do cơ quan, tổ chức y tế có thẩm quyền cấp "
     "(có giá trị trong 12 tháng)"),
   D("Phiếu lý lịch tư pháp hoặc văn bản xác nhận không phải là người đang trong thời gian chấp "
     "hành hình phạt (cấp không quá 06 tháng)"),
   D("Văn bản, giấy tờ chứng minh là nhà quản lý, giám đốc điều hành, chuyên gia, lao động kỹ thuật",
     0, 1),
   D("02 ảnh màu (kích thước 4 cm x 6 cm, phông nền trắng)"),
   D("Bản sao hộ chiếu còn giá trị", 0, 1)],
  ["Sở Nội vụ (hoặc Ban Quản lý Khu kinh tế Vân Phong đối với người lao động làm việc tại doanh "
   "nghiệp trong khu kinh tế, khu công nghiệp) thẩm định hồ sơ, đối chiếu văn bản chấp thuận nhu "
   "cầu sử dụng người lao động nước ngoài; cấp giấy phép lao động."],
  "Giấy phép lao động (thời hạn tối đa 02 năm)",
  LD_NN, who="organisation",
  cond=["Đủ 18 tuổi trở lên, có năng lực hành vi dân sự đầy đủ; có trình độ chuyên môn, kinh nghiệm "
        "phù hợp; có đủ sức khỏe; không phải là người đang trong thời gian chấp hành hình phạt."])

P("1.000105.000.00.00.H34",
  "Gia hạn giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam", "LD",
  ["SNV", "BQLKKT"], "full", 10,
  [F("Lệ phí gia hạn giấy phép lao động", 450000, NQ)],
  [D("Văn bản đề nghị gia hạn giấy phép lao động theo mẫu",
     template="van-ban-de-nghi-cap-giay-phep-lao-dong"),
   D("Giấy phép lao động còn thời hạn đã được cấp"),
   D("Giấy chứng nhận sức khỏe hoặc giấy khám sức khỏe"),
   D("02 ảnh màu (kích thước 4 cm x 6 cm, phông nền trắng)")],
  ["Cơ quan cấp phép thẩm định hồ sơ và gia hạn giấy phép lao động."],
  "Giấy phép lao động được gia hạn (gia hạn một lần, tối đa 02 năm)",
  LD_NN, who="organisation",
  cond=["Giấy phép lao động đã được cấp còn thời hạn ít nhất 10 ngày nhưng không quá 45 ngày."])

P("1.000106.000.00.00.H34",
  "Cấp lại giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam", "LD", "SNV",
  "full", 3,
  [F("Lệ phí cấp lại giấy phép lao động", 450000, NQ)],
  [D("Văn bản đề nghị cấp lại giấy phép lao động theo mẫu",
     template="van-ban-de-nghi-cap-giay-phep-lao-dong"),
   D("02 ảnh màu (kích thước 4 cm x 6 cm, phông nền trắng)"),
   D("Giấy phép lao động còn thời hạn đã được cấp (trường hợp bị hỏng hoặc thay đổi thông tin)",
     mandatory=False)],
  ["Sở Nội vụ kiểm tra hồ sơ và cấp lại giấy phép lao động."],
  "Giấy phép lao động (cấp lại)",
  LD_NN, who="organisation")

P("1.000107.000.00.00.H34",
  "Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động", "LD", "SNV",
  "full", 5,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Văn bản đề nghị xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động",
     template="van-ban-de-nghi-cap-giay-phep-lao-dong"),
   D("Giấy chứng nhận sức khỏe hoặc giấy khám sức khỏe"),
   D("Giấy tờ chứng minh người lao động nước ngoài không thuộc diện cấp giấy phép lao động", 0, 1)],
  ["Sở Nội vụ thẩm định hồ sơ và có văn bản xác nhận người lao động nước ngoài không thuộc diện "
   "cấp giấy phép lao động."],
  "Văn bản xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động",
  LD_NN, who="organisation")

P("1.000432.000.00.00.H34", "Đăng ký nội quy lao động của doanh nghiệp", "LD", ["SNV", "BQLKKT"],
  "full", 7,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Văn bản đề nghị đăng ký nội quy lao động"),
   D("Nội quy lao động"),
   D("Văn bản góp ý của tổ chức đại diện người lao động tại cơ sở (nếu có)", mandatory=False),
   D("Các văn bản của người sử dụng lao động có quy định liên quan đến kỷ luật lao động, trách "
     "nhiệm vật chất (nếu có)", mandatory=False)],
  ["Cơ quan chuyên môn về lao động kiểm tra nội quy lao động; trường hợp có nội dung trái pháp luật "
   "thì thông báo, hướng dẫn người sử dụng lao động sửa đổi, bổ sung và đăng ký lại."],
  "Thông báo về việc đăng ký nội quy lao động (nội quy có hiệu lực sau 15 ngày kể từ ngày nhận đủ "
  "hồ sơ)",
  LB("BLLD", "LD_ND145"), who="organisation")

P("1.001978.000.00.00.H34", "Giải quyết hưởng trợ cấp thất nghiệp", "VL", "SNV", "partial", 20,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Đề nghị hưởng trợ cấp thất nghiệp theo mẫu", template="de-nghi-huong-tro-cap-that-nghiep"),
   D("Bản chính hoặc bản sao có chứng thực của một trong các giấy tờ xác nhận về việc chấm dứt hợp "
     "đồng lao động hoặc hợp đồng làm việc", 0, 1),
   D("Sổ bảo hiểm xã hội (không yêu cầu nếu cơ quan bảo hiểm xã hội xác nhận được quá trình đóng "
     "trên cơ sở dữ liệu)", mandatory=False)],
  ["Trung tâm Dịch vụ việc làm tỉnh (thuộc Sở Nội vụ) xem xét hồ sơ, đối chiếu quá trình đóng bảo "
   "hiểm thất nghiệp với cơ quan bảo hiểm xã hội.",
   "Giám đốc Sở Nội vụ ban hành quyết định hưởng trợ cấp thất nghiệp; cơ quan bảo hiểm xã hội chi "
   "trả trợ cấp tháng đầu trong thời hạn 05 ngày làm việc kể từ ngày nhận được quyết định."],
  "Quyết định về việc hưởng trợ cấp thất nghiệp",
  LB("VL_LUAT", "VL_ND"),
  cond=["Đã chấm dứt hợp đồng lao động hoặc hợp đồng làm việc (trừ trường hợp đơn phương chấm dứt "
        "trái pháp luật, hưởng lương hưu hằng tháng).",
        "Đã đóng bảo hiểm thất nghiệp từ đủ 12 tháng trở lên trong thời gian 24 tháng trước khi chấm "
        "dứt hợp đồng; nộp hồ sơ trong thời hạn 03 tháng kể từ ngày chấm dứt hợp đồng."])

P("1.010803.000.00.00.H34", "Giải quyết chế độ ưu đãi đối với thân nhân liệt sĩ", "NCC", "SNV",
  "partial", 12,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Bản khai của thân nhân liệt sĩ theo mẫu (có xác nhận của Ủy ban nhân dân cấp xã)",
     template="ban-khai-de-nghi-huong-che-do-nguoi-co-cong"),
   D("Bản sao giấy tờ chứng minh quan hệ với liệt sĩ (giấy khai sinh, giấy chứng nhận kết hôn, …)",
     0, 1),
   D("Bản sao Bằng Tổ quốc ghi công", 0, 1)],
  ["Sở Nội vụ kiểm tra hồ sơ, đối chiếu hồ sơ liệt sĩ đang quản lý.",
   "Giám đốc Sở Nội vụ ra quyết định trợ cấp hằng tháng hoặc trợ cấp một lần đối với thân nhân liệt sĩ."],
  "Quyết định trợ cấp ưu đãi đối với thân nhân liệt sĩ",
  NCC_LB)

P("1.010807.000.00.00.H34",
  "Giám định lại thương tật do vết thương cũ tái phát và điều chỉnh chế độ", "NCC", "SNV",
  "partial", 45,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí; chi phí giám định do ngân sách nhà nước chi trả")],
  [D("Đơn đề nghị giám định lại thương tật do vết thương cũ tái phát theo mẫu",
     template="ban-khai-de-nghi-huong-che-do-nguoi-co-cong"),
   D("Giấy ra viện hoặc tóm tắt bệnh án điều trị vết thương cũ tái phát do bệnh viện tuyến huyện "
     "trở lên cấp", 0, 1)],
  ["Sở Nội vụ kiểm tra hồ sơ, giới thiệu người có công đến Hội đồng giám định y khoa có thẩm quyền.",
   "Căn cứ biên bản giám định y khoa, Giám đốc Sở Nội vụ ra quyết định điều chỉnh chế độ ưu đãi."],
  "Quyết định điều chỉnh trợ cấp, phụ cấp ưu đãi theo tỷ lệ tổn thương cơ thể mới",
  NCC_LB,
  note="Bao gồm thời gian Hội đồng giám định y khoa tổ chức khám giám định.")

P("1.010808.000.00.00.H34",
  "Cấp bổ sung hoặc cấp lại giấy chứng nhận người có công và giấy chứng nhận thân nhân liệt sĩ",
  "NCC", "SNV", "full", 5,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Đơn đề nghị cấp bổ sung hoặc cấp lại giấy chứng nhận (có xác nhận của Ủy ban nhân dân cấp xã)",
     template="ban-khai-de-nghi-huong-che-do-nguoi-co-cong"),
   D("Giấy chứng nhận đã cấp bị hư hỏng (nếu có)", mandatory=False)],
  ["Sở Nội vụ kiểm tra hồ sơ đang quản lý, cấp bổ sung hoặc cấp lại giấy chứng nhận."],
  "Giấy chứng nhận người có công/giấy chứng nhận thân nhân liệt sĩ (cấp bổ sung, cấp lại)",
  NCC_LB)

P("1.010809.000.00.00.H34",
  "Di chuyển hồ sơ khi người hưởng trợ cấp ưu đãi người có công với cách mạng thay đổi nơi thường trú",
  "NCC", "SNV", "full", 10,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Đơn đề nghị di chuyển hồ sơ người có công theo mẫu",
     template="ban-khai-de-nghi-huong-che-do-nguoi-co-cong")],
  ["Sở Nội vụ nơi quản lý hồ sơ kiểm tra, lập phiếu báo di chuyển, chuyển hồ sơ gốc đến Sở Nội vụ "
   "nơi người có công chuyển đến (trường hợp chuyển tỉnh) và điều chỉnh nơi chi trả."],
  "Phiếu báo di chuyển hồ sơ và quyết định tiếp tục chi trả trợ cấp tại nơi thường trú mới",
  NCC_LB)

P("1.000775.000.00.00.H34",
  "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh về thành tích thực hiện nhiệm vụ chính trị",
  "TDKT", "SNV", "partial", 20,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Tờ trình đề nghị khen thưởng kèm danh sách cá nhân, tập thể", template="to-trinh-de-nghi-khen-thuong"),
   D("Báo cáo thành tích của cá nhân, tập thể được đề nghị khen thưởng", template="bao-cao-thanh-tich"),
   D("Biên bản họp Hội đồng Thi đua - Khen thưởng của cơ quan, đơn vị trình"),
   D("Ý kiến của cơ quan có liên quan (đối với trường hợp phải lấy ý kiến)", mandatory=False)],
  ["Ban Thi đua - Khen thưởng (Sở Nội vụ) thẩm định hồ sơ, tổng hợp trình Hội đồng Thi đua - Khen "
   "thưởng tỉnh.",
   "Chủ tịch Ủy ban nhân dân tỉnh quyết định tặng Bằng khen; Sở Nội vụ thông báo kết quả và trả "
   "Bằng khen cho đơn vị trình."],
  "Quyết định và Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
  TDKT_LB, who="both")

P("1.000780.000.00.00.H34",
  "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh về thành tích đột xuất", "TDKT", "SNV",
  "full", 10,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Tờ trình đề nghị khen thưởng", template="to-trinh-de-nghi-khen-thuong"),
   D("Bản tóm tắt thành tích, ghi rõ hành động, thành tích, công trạng đột xuất")],
  ["Ban Thi đua - Khen thưởng (Sở Nội vụ) thẩm định hồ sơ, trình Chủ tịch Ủy ban nhân dân tỉnh "
   "quyết định tặng Bằng khen."],
  "Quyết định và Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
  TDKT_LB, who="both")

P("1.000784.000.00.00.H34", "Tặng danh hiệu Chiến sĩ thi đua cấp tỉnh", "TDKT", "SNV", "partial", 20,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Tờ trình đề nghị khen thưởng", template="to-trinh-de-nghi-khen-thuong"),
   D("Báo cáo thành tích của cá nhân (có xác nhận của thủ trưởng đơn vị)", template="bao-cao-thanh-tich"),
   D("Biên bản họp Hội đồng Thi đua - Khen thưởng; kết quả bỏ phiếu kín"),
   D("Văn bản công nhận sáng kiến, đề tài khoa học, giải pháp có phạm vi ảnh hưởng cấp tỉnh", 0, 1)],
  ["Ban Thi đua - Khen thưởng (Sở Nội vụ) thẩm định hồ sơ, trình Hội đồng Thi đua - Khen thưởng tỉnh "
   "xét, bỏ phiếu kín.",
   "Chủ tịch Ủy ban nhân dân tỉnh quyết định tặng danh hiệu Chiến sĩ thi đua cấp tỉnh."],
  "Quyết định và Bằng chứng nhận danh hiệu Chiến sĩ thi đua cấp tỉnh",
  TDKT_LB,
  cond=["Có 03 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở; có thành tích tiêu biểu xuất sắc "
        "và sáng kiến, giải pháp có phạm vi ảnh hưởng trong tỉnh."])

P("1.001098.000.00.00.H34",
  "Đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo, địa điểm hợp pháp đã đăng ký có quy mô tổ chức "
  "ở một tỉnh", "TG", "SNV", "partial", 15,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Văn bản đề nghị nêu rõ tên cuộc lễ, người chủ trì, nội dung, chương trình, thời gian, địa "
     "điểm, quy mô, thành phần tham dự")],
  ["Sở Nội vụ (Ban Tôn giáo) xem xét, lấy ý kiến các cơ quan liên quan; trình Chủ tịch Ủy ban nhân "
   "dân tỉnh có văn bản chấp thuận, trường hợp không chấp thuận phải nêu rõ lý do."],
  "Văn bản chấp thuận của Ủy ban nhân dân tỉnh",
  TG_LB, who="organisation", unit="calendar",
  note="15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ; gửi văn bản đề nghị chậm nhất 30 ngày trước ngày "
  "dự kiến tổ chức.")

P("1.001107.000.00.00.H34",
  "Đăng ký người được bổ nhiệm, bầu cử, suy cử làm chức việc của tổ chức được cấp chứng nhận đăng "
  "ký hoạt động tôn giáo có địa bàn hoạt động ở một tỉnh", "TG", "SNV", "partial", 20,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Văn bản đăng ký nêu rõ tên tổ chức, họ và tên, phẩm vị, chức việc, tóm tắt quá trình hoạt "
     "động tôn giáo của người được bổ nhiệm, bầu cử, suy cử"),
   D("Bản sao giấy tờ tùy thân của người được đăng ký", 0, 1)],
  ["Sở Nội vụ xem xét hồ sơ; trường hợp không đồng ý thì trả lời bằng văn bản, nêu rõ lý do trong "
   "thời hạn 20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ."],
  "Văn bản trả lời của Sở Nội vụ (nếu không chấp thuận)",
  TG_LB, who="organisation", unit="calendar")

P("1.003822.000.00.00.H34", "Thành lập hội cấp tỉnh", "TCPCP", "SNV", "partial", 30,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Đơn đề nghị thành lập hội"),
   D("Dự thảo điều lệ hội"),
   D("Danh sách những người trong ban vận động thành lập hội; lý lịch tư pháp của người đứng đầu "
     "ban vận động"),
   D("Văn bản xác nhận nơi dự kiến đặt trụ sở của hội"),
   D("Bản kê khai tài sản do các sáng lập viên tự nguyện đóng góp (nếu có)", mandatory=False)],
  ["Sở Nội vụ thẩm định hồ sơ, lấy ý kiến cơ quan quản lý nhà nước về lĩnh vực chính mà hội dự "
   "kiến hoạt động.",
   "Trình Chủ tịch Ủy ban nhân dân tỉnh quyết định cho phép thành lập hội; trường hợp không đồng ý "
   "phải trả lời bằng văn bản, nêu rõ lý do."],
  "Quyết định cho phép thành lập hội",
  LB("HOI_ND"), who="both")

# --- Sở Văn hóa, Thể thao và Du lịch ------------------------------------------------------------

DL_LB = LB("DL_LUAT", "DL_ND", "DL_TT", "DL_PHI")

P("1.004628.000.00.00.H34", "Cấp Giấy phép kinh doanh dịch vụ lữ hành nội địa", "DL", "SVHTTDL",
  "full", 10,
  [F("Phí thẩm định cấp giấy phép kinh doanh dịch vụ lữ hành nội địa", 3000000, "3.000.000 đồng/giấy phép")],
  [D("Đơn đề nghị cấp giấy phép kinh doanh dịch vụ lữ hành nội địa theo mẫu",
     template="don-de-nghi-cap-giay-phep-kinh-doanh-lu-hanh"),
   D("Bản sao Giấy chứng nhận đăng ký doanh nghiệp (không yêu cầu nếu tra cứu được trên cơ sở dữ "
     "liệu)", 0, 1, False),
   D("Giấy chứng nhận ký quỹ kinh doanh dịch vụ lữ hành nội địa (20.000.000 đồng)"),
   D("Bản sao văn bằng, chứng chỉ nghiệp vụ điều hành du lịch nội địa của người phụ trách kinh "
     "doanh dịch vụ lữ hành", 0, 1),
   D("Bản sao quyết định bổ nhiệm hoặc hợp đồng lao động giữa doanh nghiệp và người phụ trách kinh "
     "doanh dịch vụ lữ hành", 0, 1)],
  ["Sở Văn hóa, Thể thao và Du lịch thẩm định hồ sơ; Giám đốc Sở cấp Giấy phép kinh doanh dịch vụ "
   "lữ hành nội địa và công bố trên Hệ thống cơ sở dữ liệu quốc gia về du lịch."],
  "Giấy phép kinh doanh dịch vụ lữ hành nội địa",
  DL_LB, who="organisation")

P("1.001432.000.00.00.H34", "Cấp thẻ hướng dẫn viên du lịch quốc tế, thẻ hướng dẫn viên du lịch nội địa",
  "DL", "SVHTTDL", "full", 10,
  [F("Phí thẩm định cấp thẻ hướng dẫn viên du lịch", 650000, "650.000 đồng/thẻ (quốc tế, nội địa); "
     "thẻ hướng dẫn viên du lịch tại điểm: 200.000 đồng/thẻ")],
  [D("Đơn đề nghị cấp thẻ hướng dẫn viên du lịch theo mẫu",
     template="don-de-nghi-cap-the-huong-dan-vien-du-lich"),
   D("Sơ yếu lý lịch có xác nhận của Ủy ban nhân dân cấp xã hoặc cơ quan nơi công tác"),
   D("Bản sao văn bằng, chứng chỉ nghiệp vụ hướng dẫn du lịch; chứng chỉ ngoại ngữ (đối với thẻ "
     "quốc tế)", 0, 1),
   D("Giấy chứng nhận sức khỏe do cơ quan y tế có thẩm quyền cấp không quá 06 tháng"),
   D("02 ảnh chân dung màu cỡ 3 cm x 4 cm")],
  ["Sở Văn hóa, Thể thao và Du lịch thẩm định hồ sơ; Giám đốc Sở cấp thẻ hướng dẫn viên du lịch."],
  "Thẻ hướng dẫn viên du lịch (thời hạn 05 năm)",
  DL_LB)

P("1.001440.000.00.00.H34",
  "Công nhận hạng cơ sở lưu trú du lịch: hạng 1 sao, 2 sao, 3 sao đối với khách sạn, biệt thự du "
  "lịch, căn hộ du lịch, tàu thủy lưu trú du lịch", "DL", "SVHTTDL", "partial", 30,
  [F("Phí thẩm định công nhận hạng cơ sở lưu trú du lịch", 1500000, "Hạng 1 sao, 2 sao: 1.500.000 "
     "đồng/hồ sơ; hạng 3 sao: 2.000.000 đồng/hồ sơ")],
  [D("Đơn đề nghị công nhận hạng cơ sở lưu trú du lịch theo mẫu"),
   D("Bản tự đánh giá chất lượng cơ sở lưu trú du lịch theo tiêu chuẩn quốc gia"),
   D("Danh sách người quản lý và nhân viên; bản sao văn bằng, chứng chỉ nghiệp vụ", 0, 1)],
  ["Sở Văn hóa, Thể thao và Du lịch thành lập đoàn thẩm định, tổ chức thẩm định thực tế cơ sở lưu "
   "trú theo tiêu chuẩn quốc gia về xếp hạng.",
   "Giám đốc Sở quyết định công nhận hạng cơ sở lưu trú du lịch và công bố trên trang thông tin điện tử."],
  "Quyết định công nhận hạng cơ sở lưu trú du lịch (thời hạn 05 năm)",
  LB("DL_LUAT", "DL_ND", "DL_TT", "LT_PHI"), who="organisation")

P("1.001012.000.00.00.H34", "Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường", "VH",
  "SVHTTDL", "partial", 5,
  [F("Phí thẩm định cấp giấy phép kinh doanh vũ trường", 15000000, "Tại các phường: 15.000.000 đồng/"
     "giấy phép; tại các xã, đặc khu: 10.000.000 đồng/giấy phép")],
  [D("Đơn đề nghị cấp giấy phép theo mẫu", template="don-de-nghi-cap-giay-phep-karaoke-vu-truong"),
   D("Bản sao Giấy chứng nhận đủ điều kiện về an ninh, trật tự", 0, 1)],
  ["Sở Văn hóa, Thể thao và Du lịch thẩm định hồ sơ và thẩm định thực tế điều kiện kinh doanh "
   "(phòng vũ trường từ 80 m² trở lên, cách trường học, bệnh viện, cơ sở tôn giáo từ 200 m trở lên).",
   "Giám đốc Sở cấp Giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường."],
  "Giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường",
  LB("KARA_ND", "KARA_PHI"), who="organisation")

P("1.009396.000.00.00.H34",
  "Tiếp nhận thông báo tổ chức biểu diễn nghệ thuật trên địa bàn tỉnh", "VH", "SVHTTDL", "full", 3,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Văn bản thông báo tổ chức biểu diễn nghệ thuật (tên chương trình, nội dung, thời gian, địa "
     "điểm, người chịu trách nhiệm)")],
  ["Sở Văn hóa, Thể thao và Du lịch tiếp nhận thông báo; trường hợp không đồng ý phải có văn bản "
   "trả lời, nêu rõ lý do trước ngày tổ chức."],
  "Văn bản trả lời (trường hợp không đồng ý)",
  LB("BDNT_ND"), who="organisation",
  note="Thông báo chậm nhất 05 ngày làm việc trước ngày dự kiến tổ chức biểu diễn.")

P("1.000934.000.00.00.H34", "Cấp Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao",
  "TDTT", "SVHTTDL", "partial", 7,
  [F("Phí thẩm định cấp Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao", 1000000, NQ)],
  [D("Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao theo mẫu"),
   D("Bản tóm tắt tình hình chuẩn bị các điều kiện kinh doanh (cơ sở vật chất, trang thiết bị, "
     "nhân viên chuyên môn)"),
   D("Bản sao văn bằng, chứng chỉ, giấy chứng nhận chuyên môn của nhân viên chuyên môn", 0, 1)],
  ["Sở Văn hóa, Thể thao và Du lịch thẩm định hồ sơ, kiểm tra thực tế các điều kiện kinh doanh.",
   "Giám đốc Sở cấp Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao."],
  "Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao",
  LB("TDTT_LUAT", "TDTT_ND"), who="organisation")

P("1.003818.000.00.00.H34", "Cấp giấy phép xuất bản tài liệu không kinh doanh", "XB", "SVHTTDL",
  "full", 10,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Đơn đề nghị cấp giấy phép xuất bản tài liệu không kinh doanh theo mẫu"),
   D("02 bản thảo tài liệu in trên giấy (hoặc tệp điện tử đối với xuất bản điện tử)", 2, 0),
   D("Bản sao quyết định thành lập hoặc giấy tờ pháp lý của cơ quan, tổ chức đề nghị cấp phép", 0, 1)],
  ["Sở Văn hóa, Thể thao và Du lịch thẩm định nội dung tài liệu; Giám đốc Sở cấp giấy phép xuất "
   "bản, trường hợp không cấp phải trả lời bằng văn bản, nêu rõ lý do."],
  "Giấy phép xuất bản tài liệu không kinh doanh",
  LB("XB_LUAT", "XB_ND"), who="organisation")

P("1.003863.000.00.00.H34", "Cấp giấy phép hoạt động in", "XB", "SVHTTDL", "partial", 15,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Đơn đề nghị cấp giấy phép hoạt động in theo mẫu"),
   D("Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc quyết định thành lập cơ sở in", 0, 1),
   D("Giấy tờ chứng minh quyền sử dụng hợp pháp mặt bằng sản xuất; danh mục thiết bị in", 0, 1),
   D("Bản sao văn bằng và giấy chứng nhận bồi dưỡng nghiệp vụ quản lý hoạt động in của người đứng "
     "đầu cơ sở in", 0, 1)],
  ["Sở Văn hóa, Thể thao và Du lịch thẩm định hồ sơ, kiểm tra thực tế cơ sở in; Giám đốc Sở cấp "
   "giấy phép hoạt động in."],
  "Giấy phép hoạt động in",
  LB("XB_LUAT", "IN_ND"), who="organisation")

P("1.003921.000.00.00.H34", "Cấp giấy phép thiết lập trang thông tin điện tử tổng hợp", "TTDT",
  "SVHTTDL", "full", 10,
  [F("Phí thẩm định cấp giấy phép thiết lập trang thông tin điện tử tổng hợp", 0,
     "Theo quy định của Bộ Tài chính (nếu có)")],
  [D("Đơn đề nghị cấp giấy phép thiết lập trang thông tin điện tử tổng hợp theo mẫu"),
   D("Bản sao giấy tờ pháp lý của doanh nghiệp, tổ chức", 0, 1),
   D("Đề án hoạt động (nhân sự, quy trình quản lý thông tin, phương án kỹ thuật, nguồn tin) có chữ "
     "ký, dấu của người đứng đầu"),
   D("Văn bản chấp thuận của tổ chức cung cấp nguồn tin")],
  ["Sở Văn hóa, Thể thao và Du lịch thẩm định hồ sơ, kiểm tra trang thông tin điện tử trên môi "
   "trường mạng; Giám đốc Sở cấp giấy phép."],
  "Giấy phép thiết lập trang thông tin điện tử tổng hợp (thời hạn tối đa 05 năm)",
  LB("TTDT_ND"), who="organisation")

# --- Sở Khoa học và Công nghệ --------------------------------------------------------------------

P("1.002335.000.00.00.H34", "Cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ", "KHCN",
  "SKHCN", "full", 15,
  [F("Phí, lệ phí", 0, "Không thu phí, lệ phí")],
  [D("Đơn đăng ký hoạt động khoa học và công nghệ theo mẫu"),
   D("Quyết định thành lập tổ chức khoa học và công nghệ; điều lệ tổ chức và hoạt động", 0, 1),
   D("Hồ sơ nhân lực khoa học và công nghệ (danh sách, văn bằng) của tổ chức", 0, 1),
   D("Giấy tờ chứng minh về trụ sở chính, cơ sở vật chất - kỹ thuật", 0, 1)],
  ["Sở Khoa học và Công nghệ thẩm định hồ sơ; Giám đốc Sở cấp Giấy chứng nhận đăng ký hoạt động "
   "khoa học và công nghệ."],
  "Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ",
  LB("KHCN_ND", "KHCN_TT"), who="organisation")

P("1.001155.000.00.00.H34",
  "Cấp giấy phép tiến hành công việc bức xạ - sử dụng thiết bị X-quang chẩn đoán trong y tế",
  "ATBX", "SKHCN", "partial", 15,
  [F("Phí thẩm định an toàn bức xạ", 2000000, "2.000.000 đồng/thiết bị X-quang chẩn đoán trong y tế"),
   F("Lệ phí cấp giấy phép tiến hành công việc bức xạ", 200000, "Theo Thông tư số 287/2016/TT-BTC")],
  [D("Đơn đề nghị cấp giấy phép tiến hành công việc bức xạ theo mẫu"),
   D("Báo cáo đánh giá an toàn bức xạ"),
   D("Bản sao chứng chỉ nhân viên bức xạ của người phụ trách an toàn", 0, 1),
   D("Phiếu khai báo thiết bị X-quang; bản sao chứng nhận kiểm định thiết bị", 0, 1),
   D("Bản sao quyết định thành lập hoặc giấy chứng nhận đăng ký doanh nghiệp", 0, 1)],
  ["Sở Khoa học và Công nghệ thẩm định hồ sơ, kiểm tra thực tế điều kiện an toàn bức xạ (nếu cần); "
   "Giám đốc Sở cấp giấy phép."],
  "Giấy phép tiến hành công việc bức xạ",
  LB("BX_LUAT", "BX_ND", "BX_PHI"), who="organisation")

P("1.004470.000.00.00.H34", "Cấp giấy phép bưu chính (phạm vi nội tỉnh)", "BC", "SKHCN", "partial", 20,
  [F("Phí thẩm định điều kiện hoạt động bưu chính", 5000000, "Theo quy định của Bộ Tài chính đối với "
     "giấy phép bưu chính phạm vi nội tỉnh")],
  [D("Đơn đề nghị cấp giấy phép bưu chính theo mẫu"),
   D("Bản sao Giấy chứng nhận đăng ký doanh nghiệp", 0, 1),
   D("Điều lệ tổ chức và hoạt động của doanh nghiệp (nếu có)", mandatory=False),
   D("Phương án kinh doanh; mẫu hợp đồng cung ứng dịch vụ bưu chính; bảng giá cước, chỉ tiêu chất "
     "lượng dịch vụ")],
  ["Sở Khoa học và Công nghệ thẩm định hồ sơ; Giám đốc Sở cấp giấy phép bưu chính, trường hợp từ "
   "chối phải thông báo bằng văn bản, nêu rõ lý do."],
  "Giấy phép bưu chính (phạm vi nội tỉnh)",
  LB("BC_LUAT", "BC_ND"), who="organisation")
