"""The baseline `daigang bench` holds the understanding step against: a plain keyword matcher.

Live-stream assistant tools answer danmaku with keyword rules: for each topic a list of words,
tested as substrings, plus a regular expression for a job number (3号). This module is such a
matcher over the twelve intents, run as its own process exactly as `daigang understand` is
(JSON Lines in, one JSON line out per comment), so that both are timed the same way:
`python -m bot.bench_keywords < comments.jsonl > out.jsonl`.
"""

from __future__ import annotations

import re
import sys
from typing import BinaryIO

import orjson

KEYWORDS: dict[str, tuple[str, ...]] = {
    "pay": ("工资", "薪资", "底薪", "到手", "时薪", "加班费", "发薪", "多少钱", "待遇", "日结"),
    "dorm": ("包住", "宿舍", "住宿", "几人间", "夫妻房", "住的", "空调", "外宿"),
    "canteen": ("包吃", "食堂", "伙食", "餐补", "几顿", "吃饭", "管饭"),
    "prospects": ("发展", "晋升", "学技术", "培训", "转正", "涨薪", "前途"),
    "hours": ("上班时间", "倒班", "白班", "夜班", "加班", "休息", "单休", "双休", "几点"),
    "duties": ("做什么", "干什么", "累不累", "流水线", "站着", "坐着", "重物", "无尘服", "辛苦"),
    "insurance": ("五险一金", "社保", "公积金", "保险", "医保"),
    "location": ("在哪", "地址", "班车", "接站", "交通", "市区", "位置", "多远"),
    "requirements": ("年龄", "学历", "性别", "经验", "纹身", "体检", "证件", "多大", "要求"),
    "apply": ("报名", "投递", "面试", "入职", "联系方式", "电话", "怎么去"),
    "jobs": ("岗位", "招人", "招工", "还招", "有什么工作", "有没有"),
    "legitimacy": ("正规", "中介", "直招", "押金", "返费", "派遣", "靠谱"),
}
"""Each intent's common words, as such tools ship them."""

JOB_NUMBER = re.compile(r"(\d{1,3})\s*号")


def match(text: str) -> tuple[list[str], int | None]:
    """The intents whose keywords the text holds, and the job number it names."""
    intents = [intent for intent, words in KEYWORDS.items() if any(w in text for w in words)]
    found = JOB_NUMBER.search(text)
    return intents, int(found.group(1)) if found else None


def run(stdin: BinaryIO, stdout: BinaryIO) -> int:
    """Match every comment of stdin (a JSON object with "text", or a bare line); one JSON line out each."""
    out: list[bytes] = []
    for raw in stdin:
        line = raw.strip()
        if not line:
            continue
        if line.startswith(b"{"):
            obj = orjson.loads(line)
            text = obj.get("text") if isinstance(obj, dict) else None
            if not isinstance(text, str):
                continue
        else:
            text = line.decode("utf-8", errors="replace")
        intents, number = match(text)
        out.append(orjson.dumps({"text": text, "intents": intents, "job_number": number}) + b"\n")
        if len(out) >= 4096:
            stdout.write(b"".join(out))
            out.clear()
    stdout.write(b"".join(out))
    stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.stdin.buffer, sys.stdout.buffer))
