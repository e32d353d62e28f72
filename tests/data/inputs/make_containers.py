#!/usr/bin/env python3
"""Write the container fixtures of this folder from the pages beside it and the texts below
(articles invented for the tests: real places, invented people). Deterministic: run it again
and the files are the same bytes.

    .venv/bin/python tests/data/inputs/make_containers.py
"""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent

LEAD_AG = ("Sáng 9/6/2021, Ban Thường vụ Huyện ủy Chợ Mới tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm. "
           "Đồng chí Nguyễn Thành Đạt, Bí thư Huyện ủy Chợ Mới chủ trì hội nghị. Dự hội nghị có đồng chí "
           "Trần Thị Bảo Châu, Phó Trưởng Ban Dân vận Tỉnh ủy An Giang.")
BODY_AG = ("Báo cáo tại hội nghị cho biết, 6 tháng qua hệ thống dân vận huyện đã vận động nhân dân hiến hơn "
           "3.000 m² đất làm đường giao thông nông thôn, xây dựng 45 căn nhà Đại đoàn kết.\n"
           "Phát biểu kết luận, đồng chí Nguyễn Thành Đạt đề nghị các cấp ủy tiếp tục thực hiện tốt "
           "phong trào thi đua Dân vận khéo.")
LEAD_BT = ("Chiều 15/9/2020, Ủy ban MTTQ Việt Nam tỉnh Bến Tre tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam "
           "tỉnh lần thứ XI, nhiệm kỳ 2019 - 2024. Đồng chí Lê Thị Ngọc Diệp, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh "
           "Bến Tre chủ trì đại hội. Dự đại hội có đồng chí Hứa Văn Mến, Phó Bí thư Tỉnh ủy Bến Tre.")
BODY_BT = "Đại hội đã hiệp thương cử 85 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa XI."
LEAD_QN = ("Sáng 3/4/2022, Thường trực Thành ủy Cẩm Phả làm việc với đoàn công tác Ban Dân vận Tỉnh ủy Quảng "
           "Ninh do đồng chí Đoàn Minh Khoa, Tỉnh ủy viên, Phó Trưởng Ban Dân vận Tỉnh ủy dẫn đầu.")
LEAD_HG = ("Ngày 20/5/2023, Huyện ủy Vị Thủy, tỉnh Hậu Giang tổ chức hội nghị quán triệt nghị quyết. Đồng chí "
           "Mai Hồng Phúc, Bí thư Huyện ủy Vị Thủy chủ trì hội nghị; đồng chí Lý Thị Cẩm Nhung, Phó Chủ tịch "
           "Ủy ban nhân dân huyện Vị Thủy báo cáo kết quả thực hiện.")

SMALL_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Tỉnh ủy Quảng Ninh: Ban Dân vận làm việc với Thành ủy Cẩm Phả</title>
<meta property="og:site_name" content="Báo Quảng Ninh">
<meta property="article:published_time" content="2022-04-03T10:00:00+07:00"></head>
<body><nav><a href="/">Trang chủ</a> <a href="/chinh-tri">Chính trị</a> <a href="/kinh-te">Kinh tế</a></nav>
<article><h1>Ban Dân vận Tỉnh ủy làm việc với Thành ủy Cẩm Phả</h1>
<p>%s</p><p>Tại buổi làm việc, lãnh đạo Thành ủy Cẩm Phả báo cáo kết quả công tác dân vận quý I năm 2022
và đề xuất một số kiến nghị với Tỉnh ủy.</p></article>
<div class="share">Chia sẻ: Facebook Zalo</div>
<div class="related"><h3>Tin liên quan</h3><a href="/x">Bí thư Tỉnh ủy thăm đảo Cô Tô dịp đầu xuân</a></div>
</body></html>""" % LEAD_QN


def jsonl_lines() -> list[str]:
    rows = [
        {"id": "ag-0001", "url": "https://baoangiang.com.vn/cho-moi-so-ket-dan-van-a12345.html",
         "title": "Chợ Mới sơ kết công tác dân vận 6 tháng đầu năm", "date": "2021-06-09",
         "authors": ["Hữu Huấn", "Thanh Tiến"], "text": LEAD_AG + "\n" + BODY_AG},
        {"id": "qn-0002", "url": "https://www.baoquangninh.vn/ban-dan-van-lam-viec-voi-cam-pha-3170001.html",
         "html": SMALL_PAGE},
        '{"id": "broken", "text": "Ngày 1/1/2020, Tỉnh ủy ',              # a line cut short
        {"id": "no-text", "url": "https://baodongthap.vn/x.aspx", "title": "Chỉ có tiêu đề"},
        {"id": "bt-future", "url": "https://baodongkhoi.vn/dai-hoi-mat-tran-tinh-ben-tre-15092020-a60001.html",
         "title": "Đại hội đại biểu MTTQ Việt Nam tỉnh Bến Tre lần thứ XI", "date": "2099-09-15",
         "authors": "Thanh Đồng", "text": LEAD_BT + "\n" + BODY_BT},
    ]
    return [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows]


def write_jsonl() -> None:
    (HERE / "dump.jsonl").write_text("\n".join(jsonl_lines()) + "\n", encoding="utf-8")
    gz = [json.dumps({"url": "https://haugiang.dcs.vn/vi-thuy-quan-triet-nghi-quyet-1234.html",
                      "title": "Huyện ủy Vị Thủy quán triệt nghị quyết", "date": "2023-05-20T08:30:00+07:00",
                      "text": LEAD_HG}, ensure_ascii=False),
          json.dumps({"text": "(TUAG)- " + LEAD_AG, "date": "1930-02-03"}, ensure_ascii=False)]
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as f:
        f.write(("\n".join(gz) + "\n").encode("utf-8"))
    (HERE / "feed.jsonl.gz").write_bytes(buf.getvalue())


RECORDS = [   # (record id, target URI, status, content type, body)
    ("<urn:uuid:6f1c2a10-0000-4000-8000-000000000001>",
     "https://angiang.dcs.vn/tin-tuc/ban-thuong-vu-tinh-uy-lam-viec-voi-dang-uy-xa-my-hoa-hung-2281.html",
     "200 OK", "text/html; charset=utf-8", "dcs-portal.html"),
    ("<urn:uuid:6f1c2a10-0000-4000-8000-000000000002>", "https://baonghean.vn/anh/hoi-nghi.jpg",
     "200 OK", "image/jpeg", b"\xff\xd8\xff\xe0 not really a jpeg"),
    ("<urn:uuid:6f1c2a10-0000-4000-8000-000000000003>",
     "https://baonghean.vn/tinh-uy-nghe-an-so-ket-5-nam-thuc-hien-ket-luan-21-10271845.html?utm_source=fb",
     "200 OK", "text/html", "baonghean.html"),
    ("<urn:uuid:6f1c2a10-0000-4000-8000-000000000004>", "https://baonghean.vn/khong-con.html",
     "404 Not Found", "text/html", b"<html><body><h1>Trang kh\xc3\xb4ng t\xe1\xbb\x93n t\xe1\xba\xa1i</h1></body></html>"),
    ("<urn:uuid:6f1c2a10-0000-4000-8000-000000000005>",
     "http://mattran.org.vn/hoat-dong-mat-tran/uy-ban-trung-uong-mttq-viet-nam-lam-viec-voi-tinh-dien-bien-51234.html",
     "200 OK", "text/html; charset=UTF-8", "mattran-front.htm"),
]


def write_warc(name: str, gzipped: bool, records=RECORDS) -> None:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzipped)
    for rid, uri, status, ctype, body in records:
        payload = (HERE / body).read_bytes() if isinstance(body, str) else body
        http = StatusAndHeaders(status, [("Content-Type", ctype), ("Content-Length", str(len(payload)))],
                                protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            uri, "response", payload=io.BytesIO(payload), http_headers=http,
            warc_headers_dict={"WARC-Record-ID": rid, "WARC-Date": "2024-01-02T03:04:05Z"}))
    (HERE / name).write_bytes(buf.getvalue())


if __name__ == "__main__":
    write_jsonl()
    write_warc("crawl.warc.gz", True)
    write_warc("small.warc", False, RECORDS[4:])
