"""Write seeds/stream.jsonl: a recorded 40-minute 带岗直播 of the 长三角工厂专场 (seeds/catalog.yaml).

Usage: ``python tests/tools/make_seed_stream.py [OUT]`` (default: seeds/stream.jsonl next to the
catalogue). The random seed is fixed, so running it again rewrites the file byte for byte.

What the recording holds (room -> bot frames of the daigang-ws v1 protocol, one per line):

- starts at ts 1763600400.0 (09:00 Beijing time) and ends with an ``end`` frame 40 minutes later;
- ``feature``: the host puts 14 jobs on screen in turn, 16 switches, the first 20 s in:
  00:20 J001 华辰 普工, 02:55 J003 鼎泰 CNC, 05:30 J004 鼎泰 设备技术员 (2 openings),
  07:50 J005 凯越 普工, 10:30 J007 众联 小时工 (派遣), 13:10 J016 蓝川 电池普工,
  15:50 J014 芯朗 封测, 18:30 J020 织韵 缝纫工 (计件), 21:00 J022 禾香 食品普工,
  23:30 J031 松运 分拣 (日结, no dorm), 26:00 J026 澜芯 仓管, 28:20 J003 again,
  31:00 J036 康泓 无菌车间, 33:30 J011 恒驰 CNC, 35:50 J012 恒驰 储备干部, 37:50 J001 again;
- ``comment``: about 3,700 lines from about 300 viewers (a few very active, most say one or two
  things): roughly 45% chatter (greetings, 666, [doge], memes, viewers arguing, statements that
  use domain words), 45% questions covering every intent and ``other`` in messy phrasing (typos,
  traditional characters, pinyin abbreviations, emoji, Chinese numerals, job numbers, employer
  aliases, titles, cities, companies that are not in the catalogue, several questions in one
  line), 5% applications (报名3, 我要报名五号 …; duplicates, two 15-year-olds, more applicants
  for J004 than its 2 openings), and from 37:00 on a satisfaction poll answered with 扣1 / 扣2 …
  (some viewers vote twice). Questions come in bursts right after each feature switch.
  Specials: names with a phone number (小李13812345678), a phone number in a comment, spam
  (QQ / WeChat / phone / a link), one viewer flooding the same line 8 times, one
  ``<script>alert(1)</script>`` comment and one viewer named ``<img src=x onerror=alert(1)>``;
- ``enter`` (viewers arriving, a few coming back), ``like`` (batched taps), ``gift`` (小心心, 辣条,
  牛哇牛哇, 小花花), ``viewers`` every ~30 s rising from ~800 to ~12,000 and falling at the end.
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

SEED = 20261120
T0 = 1763600400.0
DURATION = 2400.0
POLL_START = 2220.0
REPO = Path(__file__).resolve().parents[2]
CATALOG = REPO / "seeds" / "catalog.yaml"
DEFAULT_OUT = REPO / "seeds" / "stream.jsonl"

SCHEDULE: tuple[tuple[float, str], ...] = (
    (20.0, "J001"),
    (175.0, "J003"),
    (330.0, "J004"),
    (470.0, "J005"),
    (630.0, "J007"),
    (790.0, "J016"),
    (950.0, "J014"),
    (1110.0, "J020"),
    (1260.0, "J022"),
    (1410.0, "J031"),
    (1560.0, "J026"),
    (1700.0, "J003"),
    (1860.0, "J036"),
    (2010.0, "J011"),
    (2150.0, "J012"),
    (2270.0, "J001"),
)

# ---------------------------------------------------------------- the catalogue, as viewers see it


@dataclass(frozen=True)
class JobRef:
    """What a viewer can call a job by: its number, title, employer alias and city."""

    id: str
    number: int
    title: str
    aliases: tuple[str, ...]
    employer_alias: str
    city: str


def load_jobs(path: Path) -> dict[str, JobRef]:
    """Read the ids, numbers, titles, aliases and cities of the catalogue's jobs."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    employers = {e["id"]: e for e in data["employers"]}
    jobs: dict[str, JobRef] = {}
    for j in data["jobs"]:
        emp = employers[j["employer"]]
        jobs[j["id"]] = JobRef(
            id=j["id"],
            number=int(j["number"]),
            title=j["title"],
            aliases=tuple(j.get("aliases", ())),
            employer_alias=(emp.get("aliases") or [emp["name"]])[0],
            city=j.get("city") or emp["city"],
        )
    return jobs


_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """Write 1…99 in Chinese numerals as people type them (三, 十二, 二十二)."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS[ones]
    head = "" if tens == 1 else _DIGITS[tens]
    return head + "十" + (_DIGITS[ones] if ones else "")


# ---------------------------------------------------------------- what viewers type

QUESTIONS: dict[str, tuple[str, ...]] = {
    "pay": (
        "工资多少",
        "工资多少",
        "工资多少啊",
        "工资多少钱",
        "多少钱一个月",
        "一个月多少钱",
        "到手多少",
        "到手能拿多少",
        "底薪多少",
        "底薪多少啊",
        "综合多少",
        "综合工资多少",
        "工资怎么算的",
        "几号发工资",
        "押不押工资",
        "压工资吗",
        "加班费怎么算",
        "加班费多少",
        "有全勤奖吗",
        "月薪多少",
        "能拿到8000吗",
        "一个月能拿多少",
        "工资高吗",
        "工资",
        "工资呢",
        "薪资多少",
        "时薪多少",
        "一小时多少钱",
        "工资是不是税前的",
        "工资发现金还是打卡",
        "试用期工资打折吗",
        "多少钱",
        "工价多少",
        "gz多少",
        "工资工资工资",
    ),
    "dorm": (
        "包住吗",
        "包住吗",
        "宿舍几人间",
        "宿舍几个人住",
        "宿舍离厂区多远",
        "宿舍远不远",
        "住宿费多少",
        "住宿要钱吗",
        "宿舍有空调吗",
        "有夫妻房吗",
        "夫妻能住一起吗",
        "宿舍有独立卫生间吗",
        "宿舍有热水吗",
        "宿舍有wifi吗",
        "宿舍怎么样",
        "不住宿舍有补贴吗",
        "住宿免费吗",
        "宿舍在厂里吗",
        "宿舍条件咋样",
        "能自己在外面租房吗",
        "宿舍水电费谁出",
        "宿舍要走多久",
        "包住不",
        "住的地方离厂远吗",
        "bcbz吗",
        "宿舍幾人間",
    ),
    "canteen": (
        "包吃吗",
        "食堂怎么样",
        "伙食好不好",
        "伙食怎么样",
        "有餐补吗",
        "一天几顿饭",
        "吃饭要钱吗",
        "食堂好吃吗",
        "饭菜咋样",
        "夜班有夜宵吗",
        "吃饭怎么算",
        "一顿饭多少钱",
        "饭卡要自己充吗",
        "食堂有辣的吗",
        "吃的怎么样",
    ),
    "prospects": (
        "有没有晋升",
        "能学技术吗",
        "有培训吗",
        "多久能转正",
        "多久涨工资",
        "以后能当组长吗",
        "有发展吗",
        "能学到东西吗",
        "干久了能涨吗",
        "有没有上升空间",
        "有师傅带吗",
    ),
    "hours": (
        "上几个小时",
        "两班倒吗",
        "是长白班吗",
        "夜班多吗",
        "加班多不多",
        "一个月休几天",
        "单休还是双休",
        "几点上班",
        "要倒班吗",
        "一天干几个小时",
        "周末休息吗",
        "上夜班吗",
        "多久倒一次班",
        "有长白班吗",
        "能不能只上白班",
        "每天加班吗",
        "上班时间是几点到几点",
    ),
    "duties": (
        "做什么的",
        "具体做什么",
        "累不累",
        "累吗",
        "是流水线吗",
        "站着还是坐着",
        "站班还是坐班",
        "要搬重东西吗",
        "要穿无尘服吗",
        "活累吗",
        "具体干啥",
        "难不难学",
        "活好干吗",
        "手脚慢能做吗",
        "是不是很累",
        "要一直站着吗",
        "干的什么活",
    ),
    "insurance": (
        "五险一金有吗",
        "交社保吗",
        "有公积金吗",
        "买保险吗",
        "社保什么时候交",
        "有没有五险",
        "交不交五险一金",
        "社保入职就交吗",
        "有保险吗",
        "公积金交多少",
        "wxyj有吗",
        "五險一金有嗎",
    ),
    "location": (
        "在哪里",
        "地址在哪",
        "有班车吗",
        "接站吗",
        "离市区多远",
        "在哪个区",
        "坐地铁能到吗",
        "交通方便吗",
        "厂在哪",
        "高铁站接吗",
        "具体位置在哪",
        "离火车站远吗",
        "怎么过去",
        "厂子在哪个镇",
    ),
    "requirements": (
        "多大年龄要",
        "45岁要吗",
        "有纹身能进吗",
        "要什么学历",
        "初中能去吗",
        "女的要吗",
        "要体检吗",
        "要经验吗",
        "50岁还要吗",
        "没学历可以吗",
        "小纹身可以吗",
        "要带什么证件",
        "近视可以吗",
        "年龄要求多少",
        "没经验能做吗",
        "17岁可以吗",
        "男的要吗",
        "有案底能进吗",
        "色弱可以吗",
        "小学文化要吗",
        "40岁能进吗",
    ),
    "apply": (
        "怎么报名",
        "在哪报名",
        "怎么面试",
        "什么时候能入职",
        "联系方式多少",
        "能视频面试吗",
        "明天能去面试吗",
        "怎么投简历",
        "面试要带什么",
        "今天能面试吗",
        "怎么联系你们",
        "报名了多久有回复",
        "面试在哪里",
        "周末能面试吗",
        "报名之后呢",
    ),
    "legitimacy": (
        "正规吗",
        "收中介费吗",
        "是直招吗",
        "要押金吗",
        "有返费吗",
        "是不是派遣",
        "是劳务派遣吗",
        "靠谱吗",
        "会不会是黑中介",
        "报名要交钱吗",
        "是厂里直招吗",
        "有没有中介费",
        "是不是骗人的",
        "要交体检费吗",
    ),
    "other": (
        "主播哪里人",
        "主播多大了",
        "主播单身吗",
        "今天播到几点",
        "主播吃饭了吗",
        "背景音乐叫什么",
        "主播是哪里口音",
        "明天还播吗",
        "主播用的什么手机",
        "主播你是hr吗",
        "主播以前也进过厂吗",
        "回放在哪看",
        "主播几点下播",
    ),
}

JOB_SEARCHES: tuple[str, ...] = (
    "有什么岗位",
    "还有什么岗位",
    "有苏州的吗",
    "有没有轻松点的",
    "有长白班的吗",
    "有没有昆山的",
    "有女工岗位吗",
    "有没有坐着的活",
    "有双休的吗",
    "有夫妻工吗",
    "还有别的厂吗",
    "有叉车岗位吗",
    "有宁波的吗",
    "有日结的吗",
    "招暑假工吗",
    "有没有无锡的",
    "有常州的吗",
    "有没有南通的",
    "有没有嘉兴的",
    "有松江的吗",
    "太仓有吗",
    "有南京的吗",
    "有杭州的岗位吗",
    "东莞有没有",
    "有没有电工",
    "有没有仓管",
    "有不倒班的吗",
    "有没有包吃住的",
    "有适合50岁的吗",
    "有没有不穿无尘服的",
    "有没有招夫妻的",
    "有没有一万以上的",
    "有质检吗",
    "有没有食品厂",
    "有没有服装厂",
    "有CNC的吗",
    "有储备干部吗",
    "有没有不要学历的",
    "有小时工吗",
    "上海有岗位吗",
    "有没有离上海近的",
)

# Extra questions the host's featured job invites, with their intent.
JOB_QUESTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "J001": (
        ("pay", "电子厂综合多少"),
        ("hours", "两班倒怎么倒"),
        ("requirements", "26个字母不会行吗"),
        ("dorm", "厂内宿舍几个人"),
    ),
    "J003": (
        ("duties", "CNC累不累"),
        ("requirements", "女的能做CNC吗"),
        ("duties", "要一直站吗"),
        ("prospects", "能学编程吗"),
        ("duties", "车间吵不吵"),
    ),
    "J004": (
        ("requirements", "要几年经验"),
        ("requirements", "没经验能做吗"),
        ("jobs", "还招几个"),
        ("requirements", "要会什么系统"),
        ("pay", "技术员多少钱"),
    ),
    "J005": (
        ("duties", "无尘服热不热"),
        ("dorm", "8人间太挤了吧 住宿费多少"),
        ("canteen", "吃饭几块钱一顿"),
        ("insurance", "转正才交社保吗"),
    ),
    "J007": (
        ("legitimacy", "是派遣吧"),
        ("legitimacy", "众联是中介吗"),
        ("pay", "小时工多少一小时"),
        ("dorm", "夫妻房多少钱"),
        ("legitimacy", "合同跟谁签"),
        ("pay", "能借支吗"),
    ),
    "J016": (
        ("duties", "电池厂有辐射吗"),
        ("dorm", "有夫妻房吗"),
        ("canteen", "饭卡一天多少"),
        ("duties", "电解液有毒吗"),
    ),
    "J014": (
        ("hours", "四班三倒怎么倒"),
        ("duties", "全程穿无尘服吗"),
        ("requirements", "近视能进吗"),
        ("apply", "线上能面试吗"),
    ),
    "J020": (
        ("pay", "计件怎么算"),
        ("requirements", "新手能做吗"),
        ("pay", "一件多少钱"),
        ("pay", "新手有保底吗"),
        ("dorm", "夫妻房有吗"),
    ),
    "J022": (
        ("requirements", "要办健康证吗"),
        ("canteen", "伙食怎么样"),
        ("duties", "车间冷不冷"),
        ("hours", "几点下班"),
    ),
    "J031": (
        ("dorm", "包住吗"),
        ("dorm", "不包住啊"),
        ("pay", "日结吗"),
        ("pay", "夜班多多少"),
        ("location", "松江哪里"),
        ("location", "地铁能到吗"),
    ),
    "J026": (
        ("requirements", "要会电脑吗"),
        ("duties", "仓管累吗"),
        ("requirements", "要会Excel吗"),
        ("prospects", "仓管能升主管吗"),
    ),
    "J036": (
        ("requirements", "能化妆吗"),
        ("requirements", "有纹身行吗"),
        ("duties", "无菌车间累吗"),
        ("hours", "是双休吗"),
        ("requirements", "男的要吗"),
    ),
    "J011": (
        ("duties", "零件重不重"),
        ("location", "无锡哪里"),
        ("dorm", "宿舍坐班车多久"),
        ("pay", "CNC能拿一万吗"),
    ),
    "J012": (
        ("requirements", "储干要什么学历"),
        ("prospects", "能晋升吗"),
        ("requirements", "应届生要吗"),
        ("prospects", "轮岗多久"),
        ("requirements", "中专可以吗"),
    ),
}

# Intents the featured job makes viewers ask about more than usual.
JOB_BOOSTS: dict[str, tuple[str, ...]] = {
    "J001": ("pay", "dorm", "hours"),
    "J003": ("duties", "pay", "hours"),
    "J004": ("requirements", "apply"),
    "J005": ("duties", "dorm"),
    "J007": ("legitimacy", "pay", "dorm"),
    "J016": ("duties", "dorm", "canteen"),
    "J014": ("hours", "duties"),
    "J020": ("pay", "requirements"),
    "J022": ("canteen", "requirements"),
    "J031": ("dorm", "pay"),
    "J026": ("requirements", "duties"),
    "J036": ("requirements", "duties"),
    "J011": ("duties", "location"),
    "J012": ("prospects", "requirements"),
}

INTENT_WEIGHTS: dict[str, float] = {
    "pay": 22,
    "dorm": 16,
    "canteen": 8,
    "prospects": 3,
    "hours": 10,
    "duties": 8,
    "insurance": 6,
    "location": 6,
    "requirements": 8,
    "apply": 4,
    "jobs": 6,
    "legitimacy": 4,
    "other": 3,
}
BURST_WEIGHTS: dict[str, float] = {
    "pay": 50,
    "dorm": 18,
    "canteen": 5,
    "prospects": 1,
    "hours": 7,
    "duties": 5,
    "insurance": 3,
    "location": 4,
    "requirements": 4,
    "apply": 2,
    "jobs": 1,
    "legitimacy": 2,
    "other": 1,
}

# Questions that carry two or three intents in one line.
MULTI: tuple[str, ...] = (
    "工资多少包住吗",
    "包吃住吗工资多少",
    "几人间有空调吗",
    "五险一金有吗几号发工资",
    "多大年龄要 包住吗",
    "包吃包住吗",
    "工资多少 累不累",
    "宿舍几人间 食堂怎么样",
    "在哪里 有班车吗",
    "两班倒吗 工资多少",
    "要什么学历 工资多少",
    "包住吗 离厂远吗 要钱吗",
    "吃住怎么样",
    "包吃住吗💰",
    "工资多少？宿舍几人间？",
    "社保交吗 包吃吗",
    "加班多吗 一个月休几天",
    "是直招吗 收不收费",
    "怎么报名 在哪面试",
)

CITY_QUESTIONS: tuple[str, ...] = (
    "的包住吗",
    "的工资多少",
    "那个几人间",
    "的厂累不累",
    "的有班车吗",
    "那边有长白班吗",
    "的有没有夫妻房",
    "的招女工吗",
    "的岗位还有吗",
)
CITIES_ASKED: tuple[str, ...] = (
    "苏州",
    "昆山",
    "无锡",
    "常州",
    "南通",
    "嘉兴",
    "宁波",
    "松江",
    "太仓",
    "上海",
    "南京",
    "杭州",
    "苏州园区",
)

UNKNOWN_COMPANIES: tuple[str, ...] = (
    "昆山仁宝累不累",
    "富士康招人吗",
    "立讯包住吗",
    "绿点怎么样",
    "南京英华达的吃住条件怎么样",
    "英华达工资多少",
    "仁宝几人间",
    "比亚迪招人吗",
    "宁德时代要人吗",
    "昆山富士康还招吗",
    "有没有立讯的岗位",
    "苏州绿点现在什么价",
    "仁宝和华辰哪个好",
    "纬创还招人吗",
    "达功怎么样",
)

CHATTER: tuple[str, ...] = (
    "666",
    "666666",
    "来了来了",
    "主播好",
    "哈哈哈",
    "哈哈哈哈哈",
    "绷不住了",
    "蚌埠住了",
    "打卡",
    "打卡打卡",
    "我在昆山",
    "两班倒太累了",
    "去年在这厂干过",
    "宿舍真不错",
    "工资太低了吧",
    "[doge]",
    "[吃瓜]",
    "[笑哭]",
    "😂😂😂",
    "👍👍",
    "🙏",
    "早",
    "早上好",
    "主播早",
    "刚下夜班来看看",
    "下夜班了还没睡",
    "前排",
    "第一次来",
    "关注了",
    "点赞了",
    "支持主播",
    "好家伙",
    "真的假的",
    "太难了",
    "厂里都这样",
    "还是电子厂舒服",
    "CNC真的累",
    "我干过CNC 腰都断了",
    "流水线待不下去",
    "今年工作真难找",
    "在家躺了三个月了",
    "主播声音好听",
    "卡了卡了",
    "刷新一下好了",
    "主播加油",
    "冲冲冲",
    "好工作都被抢了",
    "谢谢主播",
    "已报名",
    "等面试通知中",
    "我朋友在华辰干过还行",
    "食堂一般般",
    "这工资在苏州租房都不够",
    "比去年涨了点",
    "宝妈路过",
    "带娃看直播",
    "想回老家了",
    "过完年再出来",
    "年底了想挣点钱回家",
    "有没有老乡",
    "河南的在吗",
    "安徽的来报道",
    "四川的有没有",
    "我贵州的",
    "主播辛苦了",
    "听主播的没错",
    "刚才说了包吃住",
    "往上翻 说过了",
    "主播刚说了工资",
    "不想上夜班",
    "夜班伤身体",
    "还是长白班好",
    "厂里的饭能吃就行",
    "都是套路",
    "别信 去了就知道",
    "我表哥在那干",
    "真的包住 我住过",
    "4人间挺好的",
    "8人间太挤",
    "一个月休4天还行吧",
    "干不动了",
    "躺平了",
    "搞钱搞钱",
    "存钱买房中",
    "先干着呗",
    "嗯嗯",
    "好的",
    "知道了",
    "明白了",
    "了解",
    "收到",
    "懂了",
    "可以可以",
    "还行",
    "一般",
    "不去",
    "考虑一下",
    "心动了",
    "有点心动",
    "先看看",
    "在看",
    "睡不着来看看",
    "[妙啊]",
    "[OK]",
    "[大哭]",
    "😭",
    "🤣",
    "👀",
    "💪💪",
    "主播今天气色不错",
    "弹幕好多",
    "人好多啊",
    "刷屏的别刷了",
    "上班摸鱼看直播",
    "有人一起去吗",
    "组队",
    "我也想去",
    "带我一个",
    "我去过 还不错",
    "那个厂我知道",
    "离我家挺近",
    "太远了",
    "不想去外地",
    "?",
    "？？？",
    "。。。",
    "啊这",
    "绝了",
    "离谱",
    "笑死",
    "确实",
    "是的",
    "对对对",
    "+1",
    "同问",
    "同问同问",
)

OPENING: tuple[str, ...] = (
    "来了来了",
    "主播早",
    "早上好",
    "早",
    "前排",
    "打卡",
    "第一",
    "沙发",
    "来了",
    "主播早上好",
    "今天播什么厂",
    "等好久了",
    "开播了开播了",
    "刚下夜班",
    "早啊峰哥",
)

CLOSING: tuple[str, ...] = (
    "主播辛苦了",
    "明天还播吗",
    "拜拜",
    "明天见",
    "下播了吗",
    "今天收获不少",
    "谢谢峰哥",
    "报了两个 等电话",
    "主播早点休息",
    "下次还来",
    "已关注",
    "散了散了",
)

JOB_CHATTER: dict[str, tuple[str, ...]] = {
    "J001": ("华辰我知道 在郭巷", "电子厂普工还行", "坐着干可以", "华辰的宿舍不错"),
    "J003": ("CNC太累了不去", "9000可以啊", "站12个小时顶不住", "干过CNC 确实累", "鼎泰在黄埭吧"),
    "J004": ("技术员工资可以", "没经验别想了", "才招2个", "发那科我会"),
    "J005": ("无尘服夏天闷死", "8人间不行", "凯越我干过"),
    "J007": ("派遣的别去", "小时工23有点低", "派遣也还行 工资按时发", "众联我去过 不收费"),
    "J016": ("电池厂现在挺火", "金坛有点偏", "夫妻房好评"),
    "J014": ("封测厂不错", "四班三倒舒服", "芯片厂好"),
    "J020": ("踩缝纫机的来了", "我妈就是车工", "计件多劳多得", "熟手能拿一万"),
    "J022": ("粽子厂哈哈", "食品厂干净", "嘉兴粽子yyds", "伙食好就行"),
    "J031": ("不包住差评", "日结可以", "分拣是真累", "双十一分拣累死了"),
    "J026": ("仓管轻松", "才招3个", "会电脑的去"),
    "J036": ("医疗器械厂不错", "不能化妆有点难", "无菌车间干净"),
    "J011": ("无锡的来了", "刹车盘挺重的", "恒驰在新区"),
    "J012": ("大专的机会来了", "储干就是干活的", "双休好评"),
}

ARGUMENTS: tuple[tuple[float, tuple[tuple[str, str], ...]], ...] = (
    (
        690.0,
        (
            ("电子厂老油条", "派遣的都是坑 别去"),
            ("昆山阿强", "你自己不行别怪派遣"),
            ("电子厂老油条", "你是中介的托吧"),
            ("昆山阿强", "我在昆山干五年了 托你个头"),
            ("吃瓜群众", "别吵了别吵了"),
            ("电子厂老油条", "反正我不去"),
        ),
    ),
    (
        1320.0,
        (
            ("钱多事少离家近", "食品厂工资太低了吧"),
            ("嘉兴粽子", "嫌低别来啊"),
            ("钱多事少离家近", "说一下还不行了"),
            ("嘉兴粽子", "包吃包住7000还低"),
            ("钱多事少离家近", "7000是加满班的好吧"),
        ),
    ),
    (
        1760.0,
        (
            ("腰不好的CNC", "CNC真不是人干的"),
            ("二十岁的老师傅", "年轻人吃点苦怎么了"),
            ("腰不好的CNC", "你站12小时试试"),
            ("二十岁的老师傅", "我就站了三年"),
            ("昆山阿强", "各有各的活法"),
        ),
    ),
)

SPAM: tuple[tuple[float, str, str], ...] = (
    (412.0, "日结兼职小助手", "兼职日结加qq 12345678"),
    (1206.0, "高薪招聘顾问", "加V: hd8899job 日结300 不压工资"),
    (1655.0, "小李13812345678", "招普工 直接打我电话13812345678"),
    (1912.0, "宝妈在家做", "在家就能做 手机打字员 https://t.cn/A6xYz9Qp"),
    (2188.0, "日结兼职小助手", "兼职日结加qq 12345678"),
)

FLOOD_USER = "急急急找工作"
FLOOD_TEXT = "主播回答我一下 宿舍几人间"
FLOOD_START = 1003.0

VOTES: tuple[tuple[str, float], ...] = (
    ("扣1", 30),
    ("1", 22),
    ("11111", 10),
    ("111", 8),
    ("扣1扣1", 4),
    ("满意 扣1", 3),
    ("1111111", 3),
    ("扣2", 8),
    ("2", 6),
    ("22", 2),
    ("扣2 宿舍不行", 1),
)

TRAD: dict[str, str] = dict(
    zip(
        "资问几间吗险离厂远么报们个钱这没发饭时后场区车会实点样岁经验历学纹体检证补贴顿训转涨晋两长单双无尘积址规费岗轻号"
        "苏锡乡宁兴仓库员质装备储电缝纫门对还请说话里准",
        "資問幾間嗎險離廠遠麼報們個錢這沒發飯時後場區車會實點樣歲經驗歷學紋體檢證補貼頓訓轉漲晉兩長單雙無塵積址規費崗輕號"
        "蘇錫鄉寧興倉庫員質裝備儲電縫紉門對還請說話裡準",
        strict=True,
    )
)

TYPOS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("宿舍", ("宿社", "宿设", "素舍")),
    ("工资", ("公资", "功资", "工姿")),
    ("公积金", ("公基金",)),
    ("面试", ("面式",)),
    ("加班", ("家班",)),
    ("社保", ("设保",)),
    ("包住", ("包注",)),
    ("几人间", ("几人见",)),
    ("报名", ("抱名",)),
    ("食堂", ("食唐",)),
)

ABBREVIATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("包吃包住", ("bcbz",)),
    ("五险一金", ("wxyj", "5险1金")),
    ("工资", ("gz", "gongzi")),
    ("宿舍", ("ss", "sushe")),
    ("什么", ("sm", "啥")),
    ("怎么", ("zm", "咋")),
)

PREFIXES: tuple[str, ...] = (
    "主播",
    "主播主播",
    "请问",
    "请问一下",
    "问下",
    "@阿峰 ",
    "峰哥",
    "哥",
    "老师",
    "你好",
    "想问下",
    "主播 ",
    "那个",
    "姐妹们",
    "弱弱问一句",
)
SUFFIXES: tuple[str, ...] = (
    "？",
    "?",
    "？？",
    "??",
    "???",
    "啊",
    "呀",
    "呢",
    "。",
    "～",
    " ",
    "！",
    "哦",
)
PARTICLES = "啊呀呢哦"
EMOJI: tuple[str, ...] = (
    "💰",
    "🙏",
    "🤔",
    "😭",
    "👀",
    "🥺",
    "😅",
    "[doge]",
    "[吃瓜]",
    "[笑哭]",
    "[OK]",
    "[妙啊]",
    "[思考]",
)

APPLY_FORMS: tuple[str, ...] = (
    "报名{n}",
    "报名{n}",
    "报名{n}",
    "报名{n}",
    "报名 {n}",
    "报名{n}号",
    "{n}号报名",
    "报{n}",
    "我要报名{c}号",
    "报名{c}号",
    "报名#{n}",
    "{n}号 报名",
    "报名{n}！",
    "报名{n}报名{n}",
    "我报{n}号",
    "报名{c}",
    "我要报名{n}",
    "{c}号报名",
    "报名{n} 谢谢主播",
)

# ---------------------------------------------------------------- viewers

NAMED_USERS: tuple[str, ...] = (
    "打工人小王",
    "昆山阿强",
    "苏州打工妹",
    "安徽老乡",
    "河南老张",
    "流水线上的诗人",
    "夜班战士",
    "不想上夜班",
    "电子厂老油条",
    "螺丝钉本钉",
    "躺平失败",
    "今天也要搬砖",
    "找个包吃住的班",
    "想去苏州",
    "二十岁的老师傅",
    "叉车老司机",
    "CNC小学徒",
    "缝纫机上的妈妈",
    "宝妈找工作",
    "带娃找活",
    "东北银儿在昆山",
    "四川幺妹",
    "贵州小伙阿龙",
    "甘肃小马",
    "江西表哥",
    "湖南嗲嗲",
    "老陈在常州",
    "常州小胖",
    "无锡打工仔",
    "南通阿姨",
    "嘉兴粽子",
    "宁波阿拉",
    "松江仓库小哥",
    "太仓港口人",
    "迷茫的00后",
    "刚毕业的小周",
    "职校生小吴",
    "退伍老兵老孙",
    "夫妻俩找工作",
    "小两口打工记",
    "想存钱买房",
    "月薪过万的梦",
    "今天吃什么",
    "摸鱼大师",
    "下班就睡觉",
    "熬夜冠军",
    "一只咸鱼",
    "努力的小蜗牛",
    "阿峰的老粉",
    "峰哥yyds",
    "天天来打卡",
    "路过的网友",
    "吃瓜群众",
    "不知道叫啥",
    "老实人阿福",
    "王铁柱",
    "李翠花",
    "张建国",
    "刘桂芳",
    "赵大宝",
    "小飞侠",
    "风一样的男子",
    "追风少年",
    "平安喜乐",
    "岁月静好",
    "知足常乐",
    "好运连连",
    "发财小能手",
    "搞钱要紧",
    "钱多事少离家近",
    "只想找个长白班",
    "夜班熬不动了",
    "腰不好的CNC",
    "曾经的线长",
    "前品检员",
    "仓管小刘",
    "叉车证已到手",
    "电工证在手",
    "刚辞职",
    "等offer的人",
    "要过年了",
    "小李13812345678",
    "王姐17751234567",
    "🌙月亮不睡我不睡",
    "✨小星星✨",
    "🍀好运来",
    "🐟咸鱼翻身",
    "🔥干就完了",
    "🌸花开富贵",
    "😎酷酷的阿杰",
    "🐱猫猫打工",
    "Kevin_Zhang",
    "Lucky_dog",
    "sunny1998",
    "Tony老师",
    "Jack小杰",
    "Amy不吃香菜",
    "momo",
    "Leo_ks",
    "xiaowang_666",
    "Cindy在苏州",
    "Eric不加班",
    "Jason_07",
    FLOOD_USER,
    "前端小哥",
    "日结兼职小助手",
    "高薪招聘顾问",
    "宝妈在家做",
    "初三毕业的阿豪",
    "小敏今年15",
)
XSS_USER = "<img src=x onerror=alert(1)>"

PLACES: tuple[str, ...] = (
    "昆山",
    "苏州",
    "安徽",
    "河南",
    "四川",
    "贵州",
    "江西",
    "湖南",
    "甘肃",
    "云南",
    "山东",
    "徐州",
    "盐城",
    "宿迁",
    "连云港",
    "阜阳",
    "周口",
    "信阳",
    "亳州",
    "六安",
    "商丘",
    "南阳",
    "毕节",
    "达州",
    "广西",
    "湖北",
)
CORES: tuple[str, ...] = (
    "阿强",
    "小王",
    "老张",
    "小刘",
    "大刘",
    "小陈",
    "老李",
    "阿杰",
    "小芳",
    "阿梅",
    "打工人",
    "老乡",
    "小伙",
    "宝妈",
    "大叔",
    "妹子",
    "兄弟",
    "打工仔",
    "小哥",
    "阿龙",
    "小胖",
    "老周",
    "阿华",
    "小丽",
    "二狗",
)
WORDS: tuple[str, ...] = (
    "快乐的",
    "孤独的",
    "努力的",
    "佛系",
    "暴躁",
    "可爱的",
    "沉默的",
    "爱吃鱼的",
    "不加班的",
    "早起的",
    "熬夜的",
    "想发财的",
    "迷路的",
)
THINGS: tuple[str, ...] = (
    "小猪",
    "橘子",
    "土豆",
    "西瓜",
    "小熊",
    "兔子",
    "螃蟹",
    "打工人",
    "搬砖工",
    "小蜜蜂",
    "路人甲",
    "奶茶",
)


@dataclass
class Viewer:
    """A person in the room: platform id and name, how chatty, when they arrive, how they type."""

    uid: str
    name: str
    weight: float
    arrival: float
    style: str
    one_shot: bool = False
    used: bool = False
    applied: list[int] = field(default_factory=list)


def make_name_pool(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    """Invent `count` distinct Bilibili-ish nicknames not in `taken`."""
    names: list[str] = []
    while len(names) < count:
        kind = rng.random()
        if kind < 0.22:
            name = f"用户{rng.randint(1000000, 99999999)}"
        elif kind < 0.34:
            name = f"bili_{rng.randint(10000000, 9999999999)}"
        elif kind < 0.62:
            name = rng.choice(PLACES) + rng.choice(CORES)
        elif kind < 0.74:
            suffix = rng.choice((rng.randint(1, 999), rng.randint(1985, 2007)))
            name = rng.choice(CORES) + rng.choice(("", "_", "")) + str(suffix)
        elif kind < 0.9:
            name = rng.choice(WORDS) + rng.choice(THINGS)
        else:
            name = rng.choice(("🌈", "🍉", "⭐", "🌻", "🐼", "🎈", "☀️")) + rng.choice(THINGS + CORES)
        if name not in taken:
            taken.add(name)
            names.append(name)
    return names


def make_viewers(rng: random.Random) -> tuple[list[Viewer], list[Viewer]]:
    """Build the commenters (about 300) and the lurkers who only enter, tap like or send gifts."""
    taken = set(NAMED_USERS) | {XSS_USER}
    uids: set[str] = set()

    def uid() -> str:
        while True:
            value = f"u-{rng.randint(100000, 3999999999)}"
            if value not in uids:
                uids.add(value)
                return value

    scripted = {
        FLOOD_USER,
        "前端小哥",
        "日结兼职小助手",
        "高薪招聘顾问",
        "宝妈在家做",
        "初三毕业的阿豪",
        "小敏今年15",
    }
    named = [n for n in NAMED_USERS if n not in scripted]
    generated = make_name_pool(rng, 300 - len(named) - 1, taken)
    commenters: list[Viewer] = []
    for i, name in enumerate(named + generated):
        if i < 32:
            weight, arrival = rng.uniform(1.2, 4.5), rng.uniform(0.0, rng.choice((60.0, 420.0)))
        elif i < 165:
            weight, arrival = rng.uniform(0.6, 2.5), rng.uniform(0.0, 1900.0)
        else:
            weight, arrival = 0.0, rng.uniform(15.0, 2380.0)
        style = rng.choices(
            ("plain", "trad", "abbrev", "emoji", "typo", "polite"), weights=(60, 4, 8, 10, 8, 10)
        )[0]
        commenters.append(Viewer(uid(), name, weight, arrival, style, one_shot=weight == 0.0))
    for name in sorted(scripted):
        commenters.append(Viewer(uid(), name, 0.0, 0.0, "plain"))
    commenters.append(Viewer(uid(), XSS_USER, 0.0, 0.0, "plain"))
    lurkers = [
        Viewer(uid(), name, 0.0, rng.uniform(0.0, 2390.0), "plain")
        for name in make_name_pool(rng, 260, taken)
    ]
    return commenters, lurkers


# ---------------------------------------------------------------- the stream's shape


def viewer_curve(t: float) -> float:
    """The smooth viewer count `t` seconds in: ~800 at the start, ~12,000 at the peak, fewer at the end."""
    if t < 1500.0:
        x = t / 1500.0
        return 800.0 + 11200.0 * math.pow(x * x * (3.0 - 2.0 * x), 0.85)
    if t < 2050.0:
        return 12000.0 + 350.0 * math.sin((t - 1500.0) / 90.0)
    x = (t - 2050.0) / (DURATION - 2050.0)
    return 12000.0 - 5200.0 * math.pow(x, 1.3)


def featured_at(t: float) -> tuple[str | None, float, list[str]]:
    """The featured job at `t`, seconds since it went on screen, the jobs featured before (newest first)."""
    current: str | None = None
    since = t
    before: list[str] = []
    for start, job in SCHEDULE:
        if start <= t:
            if current is not None and current != job:
                before.insert(0, current)
            current, since = job, t - start
    return current, since, before


def comment_rate(t: float, quiet: Sequence[tuple[float, float]], peaks: Sequence[float]) -> float:
    """Comments per second at `t`: a base that follows the audience, bursts after feature switches."""
    rate = 0.3 + 1.25 * viewer_curve(t) / 12000.0
    for start, _job in SCHEDULE:
        if start + 2.0 <= t < start + 60.0:
            rate += 4.0 * math.exp(-(t - start - 2.0) / 12.0)
    for p in peaks:
        if p <= t < p + 8.0:
            rate += 2.2
    if t >= POLL_START:
        rate += 1.6 * math.exp(-(t - POLL_START) / 90.0)
    for start, length in quiet:
        if start <= t < start + length:
            rate *= 0.3
    return rate


def poisson(rng: random.Random, lam: float) -> int:
    """Draw from a Poisson distribution (Knuth's method; lam is small here)."""
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


# ---------------------------------------------------------------- composing one line


class Writer:
    """Turns a slot (time, kind, viewer) into the text a viewer would type."""

    def __init__(self, rng: random.Random, jobs: dict[str, JobRef]) -> None:
        """Keep the random source and the catalogue's jobs."""
        self.rng = rng
        self.jobs = jobs
        self.by_number = {j.number: j for j in jobs.values()}

    def ref(self, job: JobRef) -> str:
        """A way to name `job`: 3号, #3, 三号岗位, 华辰那个, 鼎泰CNC, a title or alias."""
        rng = self.rng
        n, c = job.number, cn_number(job.number)
        forms = [
            (f"{n}号", 30),
            (f"{c}号", 12),
            (f"{n}号岗位", 6),
            (f"{c}号岗位", 5),
            (f"#{n} ", 4),
            (f"第{c}个", 2),
            (f"{job.employer_alias}那个", 10),
            (f"{job.employer_alias}的", 8),
            (f"{job.employer_alias}{job.title}", 6),
            (f"{job.title}", 5),
            (f"{job.city}那个", 3),
            (f"{job.city}的", 3),
        ]
        if job.aliases:
            forms.append((rng.choice(job.aliases), 4))
        return rng.choices([f for f, _ in forms], weights=[w for _, w in forms])[0]

    def pick_intent(self, featured: str | None, burst: bool) -> str:
        """Choose what the viewer asks about, favouring what the featured job invites."""
        weights = dict(BURST_WEIGHTS if burst else INTENT_WEIGHTS)
        for intent in JOB_BOOSTS.get(featured or "", ()):
            weights[intent] *= 2.2
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def question(self, featured: str | None, since: float, before: list[str]) -> str:
        """A question, mostly about the featured job, sometimes naming another job, a city or a company."""
        rng = self.rng
        burst = featured is not None and since < 20.0
        roll = rng.random()
        if not burst and roll < 0.05:
            return rng.choice(UNKNOWN_COMPANIES)
        if not burst and roll < 0.09:
            return rng.choice(CITIES_ASKED) + rng.choice(CITY_QUESTIONS)
        if not burst and roll < 0.16:
            return rng.choice(MULTI)
        if featured in JOB_QUESTIONS and rng.random() < (0.12 if burst else 0.18):
            return rng.choice(JOB_QUESTIONS[featured])[1]
        intent = self.pick_intent(featured, burst)
        if intent == "jobs":
            return rng.choice(JOB_SEARCHES)
        text = rng.choice(QUESTIONS[intent])
        if intent in ("other", "legitimacy") or featured is None:
            return text
        ref_roll = rng.random()
        if ref_roll < (0.12 if burst else 0.18):
            target = self.jobs[featured]
        elif ref_roll < (0.16 if burst else 0.27) and before:
            target = self.jobs[rng.choice(before[:3])]
        elif ref_roll < (0.18 if burst else 0.34):
            target = rng.choice(list(self.jobs.values()))
        else:
            return text
        ref = self.ref(target)
        if rng.random() < 0.12:
            return f"{text} {ref.strip()}"
        return ref + text

    def apply(self, viewer: Viewer, featured: str | None, before: list[str]) -> str:
        """An application command, mostly for the featured job; sometimes the same viewer again."""
        rng = self.rng
        if viewer.applied and rng.random() < 0.2:
            n = viewer.applied[-1]
        elif featured is None:
            n = rng.choice((1, 3))
        else:
            roll = rng.random()
            if roll < 0.72 or not before:
                n = self.jobs[featured].number
            elif roll < 0.92:
                n = self.jobs[rng.choice(before[:3])].number
            else:
                n = rng.choice(list(self.by_number))
        viewer.applied.append(n)
        return rng.choice(APPLY_FORMS).format(n=n, c=cn_number(n))

    def chatter(self, t: float, featured: str | None, since: float) -> str:
        """A line that asks nothing: greetings, memes, reactions to the featured job, statements."""
        rng = self.rng
        if t < 120.0 and rng.random() < 0.6:
            return rng.choice(OPENING)
        if t > 2330.0 and rng.random() < 0.5:
            return rng.choice(CLOSING)
        if featured in JOB_CHATTER and since < 90.0 and rng.random() < 0.25:
            return rng.choice(JOB_CHATTER[featured])
        return rng.choice(CHATTER)

    def vote(self) -> str:
        """An answer to the satisfaction poll."""
        return self.rng.choices([v for v, _ in VOTES], weights=[w for _, w in VOTES])[0]

    def mess(self, text: str, style: str) -> str:
        """Make a clean question look typed on a phone: typos, traditional, pinyin, emoji, punctuation."""
        rng = self.rng
        if rng.random() < (0.35 if style == "typo" else 0.05):
            for word, typos in TYPOS:
                if word in text:
                    text = text.replace(word, rng.choice(typos), 1)
                    break
        if rng.random() < (0.4 if style == "abbrev" else 0.04):
            for word, short in ABBREVIATIONS:
                if word in text:
                    text = text.replace(word, rng.choice(short), 1)
                    break
        if rng.random() < 0.03 and len(text) <= 4:
            text = text * rng.choice((2, 3))
        if rng.random() < (0.18 if style == "polite" else 0.07):
            text = rng.choice(PREFIXES) + text
        if rng.random() < 0.35:
            suffix = rng.choice(SUFFIXES)
            if not (suffix in PARTICLES and text[-1] in PARTICLES + "吗么不"):
                text += suffix
        if rng.random() < (0.55 if style == "emoji" else 0.06):
            text += rng.choice(EMOJI) * rng.choice((1, 1, 2, 3))
        if style == "trad" or rng.random() < 0.025:
            text = "".join(TRAD.get(ch, ch) for ch in text)
        return text.strip()


# ---------------------------------------------------------------- the whole stream


Frame = dict[str, object]


def user_of(v: Viewer) -> dict[str, str]:
    """The `user` object of a frame."""
    return {"id": v.uid, "name": v.name}


def build_frames(jobs: dict[str, JobRef], seed: int = SEED) -> list[Frame]:
    """Every frame of the recording, in order, with comment ids assigned."""
    rng = random.Random(seed)
    commenters, lurkers = make_viewers(rng)
    by_name = {v.name: v for v in commenters}
    writer = Writer(rng, jobs)
    items: list[tuple[float, int, Frame]] = []
    order = 0

    def add(t: float, frame: Frame) -> None:
        nonlocal order
        items.append((round(t, 3), order, frame))
        order += 1

    # Feature switches, viewer counts, the end.
    for start, job in SCHEDULE:
        add(start, {"type": "feature", "job": job})
    t = 5.0
    while t < DURATION:
        count = int(viewer_curve(t) * (1.0 + rng.gauss(0.0, 0.025)))
        add(t, {"type": "viewers", "count": count})
        t += 30.0 + rng.uniform(-3.0, 3.0)

    # Random comment slots.
    quiet = [(rng.uniform(200.0, 2100.0), rng.uniform(20.0, 45.0)) for _ in range(5)]
    peaks = [rng.uniform(100.0, 2200.0) for _ in range(7)]
    slots: list[float] = []
    for second in range(int(DURATION)):
        for _ in range(poisson(rng, comment_rate(second + 0.5, quiet, peaks))):
            slots.append(second + rng.random())
    slots.sort()

    waiting: list[Viewer] = sorted((v for v in commenters if v.one_shot), key=lambda v: v.arrival)
    regulars = [v for v in commenters if v.weight > 0.0]
    first_said: dict[str, float] = {}
    last_said: dict[str, float] = {}
    voted: set[str] = set()

    def said(viewer: Viewer, at: float) -> None:
        """Remember the earliest line of `viewer`, so they enter before it."""
        first_said[viewer.uid] = min(at, first_said.get(viewer.uid, at))

    for at in slots:
        featured, since, before = featured_at(at)
        due = [v for v in waiting if v.arrival <= at]
        if due and (rng.random() < 0.22 or at - due[0].arrival > 25.0):
            viewer = due[0]
            waiting.remove(viewer)
        else:
            rested = [v for v in regulars if at - last_said.get(v.uid, -60.0) > 5.0]
            present = [v for v in rested if v.arrival <= at] or rested
            viewer = rng.choices(present, weights=[v.weight for v in present])[0]
        kinds: tuple[str, ...]
        weights: tuple[int, ...]
        if at >= POLL_START + 5.0:
            kinds, weights = ("vote", "chatter", "question", "apply"), (52, 25, 17, 6)
        elif at < 20.0:
            kinds, weights = ("chatter",), (1,)
        elif since < 20.0:
            kinds, weights = ("question", "chatter", "apply"), (64, 29, 7)
        else:
            kinds, weights = ("chatter", "question", "apply"), (51, 45, 4)
        kind = rng.choices(kinds, weights=weights)[0]
        if kind == "vote" and viewer.uid in voted:
            kind = "chatter"
        if kind == "question":
            text = writer.mess(writer.question(featured, since, before), viewer.style)
        elif kind == "apply":
            text = writer.apply(viewer, featured, before)
        elif kind == "vote":
            text = writer.vote()
            voted.add(viewer.uid)
        else:
            text = writer.chatter(at, featured, since)
            if viewer.style == "emoji" and rng.random() < 0.4:
                text += rng.choice(EMOJI)
        add(at, {"type": "comment", "user": user_of(viewer), "text": text})
        said(viewer, at)
        last_said[viewer.uid] = at

    # Repeat voters: some vote again, some change their mind.
    ballots = {v for v, _ in VOTES}
    ballots_cast = [(at, f) for at, _, f in items if f["type"] == "comment" and f["text"] in ballots]
    for i, (at, frame) in enumerate(ballots_cast[:40:4]):
        text = str(frame["text"])
        if "2" in text and i % 2 == 0:
            text = "扣1"
        add(at + rng.uniform(6.0, 30.0), {"type": "comment", "user": frame["user"], "text": text})

    # Scripted moments.
    for start, lines in ARGUMENTS:
        at = start
        for name, text in lines:
            at += rng.uniform(3.0, 9.0)
            add(at, {"type": "comment", "user": user_of(by_name[name]), "text": text})
            said(by_name[name], at)
    for at, name, text in SPAM:
        add(at, {"type": "comment", "user": user_of(by_name[name]), "text": text})
        said(by_name[name], at)
    flooder = by_name[FLOOD_USER]
    for i in range(8):
        at = FLOOD_START + i * 3.1 + rng.uniform(0.0, 1.5)
        add(at, {"type": "comment", "user": user_of(flooder), "text": FLOOD_TEXT})
    said(flooder, FLOOD_START)
    scripted: tuple[tuple[float, str, str], ...] = (
        (548.0, "初三毕业的阿豪", "我15岁能报名吗"),
        (561.0, "初三毕业的阿豪", "报名5"),
        (1741.0, "小敏今年15", "报名3 我今年15"),
        (912.0, "前端小哥", "<script>alert(1)</script>"),
        (1448.0, XSS_USER, "主播好 有没有苏州的"),
        (836.0, "夫妻俩找工作", "报名16 电话13962251234"),
        (845.0, "夫妻俩找工作", "我们两个人 夫妻房有吗"),
        (352.0, "电工证在手", "报名4"),
        (366.0, "曾经的线长", "4号报名 干过8年设备"),
        (1598.0, "仓管小刘", "报名26 我做过仓管"),
        (1605.0, "仓管小刘", "报名26"),
    )
    for at, name, text in scripted:
        add(at, {"type": "comment", "user": user_of(by_name[name]), "text": text})
        said(by_name[name], at)

    # Arrivals: every commenter enters before their first line; some regulars leave and come back.
    for v in commenters:
        first = first_said.get(v.uid)
        if first is None:
            continue
        enter = first - rng.uniform(2.0, 40.0)
        add(enter if enter > 0.0 else first / 2.0, {"type": "enter", "user": user_of(v)})
    for v in rng.sample(regulars, 25):
        add(rng.uniform(600.0, 2300.0), {"type": "enter", "user": user_of(v)})
    for v in lurkers:
        add(v.arrival, {"type": "enter", "user": user_of(v)})
    for v in rng.sample(lurkers, 60):
        add(rng.uniform(v.arrival, DURATION - 5.0), {"type": "enter", "user": user_of(v)})

    # Likes and gifts from whoever is in the room.
    audience = [v for v in commenters if v.uid in first_said] + lurkers
    for _ in range(320):
        at = rng.uniform(10.0, DURATION - 2.0)
        if rng.random() < 0.3:
            at = rng.choice(SCHEDULE)[0] + rng.uniform(0.0, 40.0)
        v = rng.choice(audience)
        count = min(60, 1 + int(rng.expovariate(0.15)))
        add(at, {"type": "like", "user": user_of(v), "count": count})
    gifts = (("小心心", 55), ("辣条", 25), ("牛哇牛哇", 12), ("小花花", 8))
    for _ in range(140):
        at = rng.uniform(30.0, DURATION - 2.0)
        gift = rng.choices([g for g, _ in gifts], weights=[w for _, w in gifts])[0]
        count = rng.choice((1, 1, 1, 2, 5, 10, 20)) if gift == "辣条" else rng.choice((1, 1, 1, 1, 2, 3))
        add(at, {"type": "gift", "user": user_of(rng.choice(audience)), "gift": gift, "count": count})

    add(DURATION + 12.0, {"type": "end"})

    items.sort(key=lambda item: (item[0], item[1]))
    frames: list[Frame] = []
    comment_no = 0
    for at, _, frame in items:
        out: Frame = {"type": frame["type"]}
        if frame["type"] == "comment":
            comment_no += 1
            out["id"] = f"c-{comment_no:06d}"
        out["ts"] = round(T0 + at, 3)
        for key, value in frame.items():
            if key != "type":
                out[key] = value
        frames.append(out)
    return frames


def render(frames: Sequence[Frame]) -> str:
    """The JSON Lines text of a recording."""
    return "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in frames)


def main(argv: Sequence[str]) -> int:
    """Write the recording to argv[0] (default seeds/stream.jsonl) and say how many frames."""
    out = Path(argv[0]) if argv else DEFAULT_OUT
    frames = build_frames(load_jobs(CATALOG))
    out.write_text(render(frames), encoding="utf-8")
    print(f"{len(frames)} frames -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
