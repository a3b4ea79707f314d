"""The understanding step: one danmaku line and the featured job in, an `Understanding` out."""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.kept.regexes import compiled
from bot.understand.asides import WORK_VERBS, is_aside
from bot.understand.commands import (
    age_start,
    apply_number,
    apply_title,
    card_number,
    is_poll_vote,
    signs_up,
    signs_up_with_contact,
    stated_age,
)
from bot.understand.intents import (
    BARE,
    LAUGHTER,
    WEAK,
    PatternMatch,
    Scored,
    ask_intents,
    clause_spans,
    core_of,
    explained,
    is_laughter,
    is_marked_question,
    leftover,
    match_patterns,
    ordered,
    pattern_intents,
    pattern_spans,
    spoken_spans,
    strong_intents,
    weak_intents,
)
from bot.understand.lexicon import Lexicon, load_lexicon
from bot.understand.normalize import Normalizer
from bot.understand.pinyin import reading, syllables
from bot.understand.placing import CatalogueWords, figure
from bot.understand.refs import CompanyFinder, Refs, find_refs, resolve_city, resolve_employer, resolve_job
from bot.understand.result import INTENTS, Understanding
from bot.understand.search import search_jobs
from bot.understand.segmenter import Segmenter
from bot.understand.sounds import SoundAlikes, core_words
from bot.understand.terms import (
    Hit,
    build_terms,
    employer_names,
    kin_names,
    lexicon_words,
    title_families,
    title_names,
)
from catalog.index import CatalogIndex

if TYPE_CHECKING:  # only named in annotations: reading a snapshot needs no pydantic
    from collections.abc import Callable, Iterable

    from catalog.models import Catalog, Job

_DIGIT = compiled(r"\d")
CACHE_SIZE = 1 << 15
"""Distinct (normalised line, featured job) pairs remembered: a stream repeats itself a lot."""
_JOB_NUMBER = compiled(r"\d+\s*号")
"""A job named by its number (3号): a slip of sound is never read across it."""
CUE = 0.4
"""Confidence of an intent read from cue words alone (only in a line plainly about work)."""
LEFTOVER = 2
"""Unknown characters a question may hold besides its weak topic words (有没有身高限制, 在晋江哪里)."""
UNKNOWN_MIN = 5
UNKNOWN_RATIO = 2
"""A question with at least UNKNOWN_MIN unknown characters, UNKNOWN_RATIO times its topic words'
length, is chat that happens to hold a topic word (unless it names a job, employer or place)."""

JOB_SPECIFIC = frozenset(INTENTS) - {"jobs"}
"""Intents whose answer depends on the job: with no reference they are about the featured job."""

_SEARCH_WITHOUT_DE = frozenset({"day_shift"})
"""Wishes that make 有X吗 a search even without 的 (有长白班吗). 有夫妻房吗 asks about the job on
screen: a search answer (有:1号) would read as yes on a job without couples' rooms."""
_WHERE_WITHIN = compiled(r"镇?(?:哪个|哪一个|哪)(?:村|镇|乡|区|街道|街|路|小区|工业园|园区|位置|地方)")
"""A part of a place asked right after it (稻田哪个村, 寿光哪个镇): where the job is, not a wish."""
_SEARCH_LEADS = ("有", "哪个", "哪些", "哪家", "找", "推荐", "想要", "要个")
_HIRING = ("招", "缺", "还要", "要不要", "收不收")
"""Verbs that make a named title a search: 招学徒吗, 还缺电工吗."""
_THIS_JOB = (
    "这家",
    "这个厂",
    "这厂",
    "这个岗",
    "这个工作",
    "这边",
    "这里",
    "你们",
    "咱们",
    "这个活",
    "这活",
    "贵公司",
    "是否",
    "有无",
    "可否",
)
"""Words that point at the job on screen: 这家有夫妻房吗 asks about it rather than searching."""
_POLITE = compiled(
    r"(?:(?:请问|问一下|问下|想问一下|想问下|想问|想了解一下|想了解|您好|你好|咨询一下|咨询)[\s,]*)+"
)
"""How a written, job-board question opens (请问, 您好, 想了解一下)."""
_HIRING_WORDS = ("招", "要人", "缺人", "收人")
"""What a hiring verb holds (还招吗, 招不招, 还要人吗)."""
_AGE_MENTION = compiled(r"\d{1,2}\s*(?:周岁|岁)|[1-7]\d\s*(?:多)?了")
_PET_NAME = compiled(r"([\u4e00-\u9fff])\1(?!\1)")
_AABB = compiled(r"([\u4e00-\u9fff])\1(?!\1)([\u4e00-\u9fff])\2")
"""Two characters each said twice in a row (磕磕碰碰, 干干净净, 高高兴兴): one word, no pet name."""
_DOUBLED_WORDS = frozenset(
    re.findall(
        r"..",
        "天天常常刚刚慢慢好好偷偷早早多多少少渐渐明明往往仅仅白白悄悄乖乖稍稍人人个个家家"
        "样样处处时时年年月月日日次次夜夜久久每每纷纷默默轻轻静静快快哥哥姐姐弟弟妹妹"
        "爸爸妈妈爷爷奶奶叔叔舅舅姑姑婶婶宝宝谢谢看看试试想想问问说说听听等等走走聊聊坐坐"
        "讲讲一一大大小小星星点点偏偏万万全全整整足足满满统统通通单单光光草草哈哈呵呵嘿嘿"
        "嘻嘻婆婆公公姥姥伯伯爹爹娘娘冲冲买买瑟瑟呜呜抱抱贴贴蹭蹭摸摸饿饿穷穷怕怕纯纯娃娃妞妞崽崽仔仔姨姨"
        "喂喂嗨嗨哎哎唉唉咦咦嘎嘎杠杠死死狠狠牢牢紧紧够够麻麻粑粑比比瞧瞧头头"
        "干干做做玩玩逛逛转转歇歇学学练练尝尝找找帮帮洗洗扫扫跑跑教教"
        "痘痘酸酸饭饭顿顿觉觉肉肉腿腿手手脚脚车车钱钱包包鞋鞋水水票票床床累累痛痛疼疼困困凉凉痒痒药药"
        "求求救救拜拜急急蹲蹲顶顶细细孙孙算算",
    )
)
"""Doubled characters that are ordinary words (天天, 看看, 宝宝), cheers and moans (冲冲冲, 买买买,
瑟瑟发抖), calls (喂喂, 哎哎) or things and feelings told in cute speech (长痘痘, 腿酸酸, 吃饭饭),
not a pet name like 然然."""
_SAID_TWICE = frozenset("瘦胖高矮大小长短慢快早晚远近香甜酸辣热冷干湿满空轻重软硬乖静傻呆碎细粗浅深")
"""Words of how one is, said twice before 的 (瘦瘦的, 碎碎的: small): no pet name (然然的 is one)."""
_CLOSED = compiled(r"[吗么嘛?]|(?:没有|没|不)(?=[\s,.!])")
"""A particle or mark closing a question (有夫妻房没 替我哥问的: 没 before a break closes it too)."""
_THING_HAD = compiled(
    r"有(?!没有|没|吗|不|么|木有|冇|活|工|岗|位置|空位|名额|招|的|用)"
    r"[\u4e00-\u9fff]{1,5}?(?:吗|么|嘛|没|不|没有)?$"
)
"""After a job's title or its workplace, a thing it has asked of (渔排有电吗, 出海有发救生衣吗): a
question about that place, not a search for the job (渔排有吗, 叉车有活吗 search)."""
_WHO_COMES_ALONG = compiled(r"(?:我|俺)(?:跟|和|带|同|与|老公|老婆|媳妇|对象|们|一家|两口子)")
"""Where the asker starts telling whom they come with (我跟我老公, 俺两口子): no wish of a search."""
_TAG_WORDS = ("对吧", "是吧", "对不", "是不", "对不对", "是不是")
"""A closing clause that asks to confirm everything said before it (住宿免费 时薪21 对吧)."""
_WHO_TAKEN = compiled(
    r"(?:收|招|要)(?:不收|不招|不要)?(?:女工|女的|女生|男的|男生|男工|学生|暑假工|宝妈|大龄|夫妻|外地人)"
    r"(?:吗|不|么|嘛|没)"
)
"""Whether someone of a kind is taken (要女工吗, 收学生不)."""
_PRICE_ONLY = compiled(
    r"^(?:那|那个|这个|要|得)?(?:多少钱|多钱|几块钱?|多少|要钱|收费|收钱|要不要钱|收不收钱|收不收费|贵不贵|贵)"
    r"(?:吗|不|么|嘛|呢|啊|呀)?$"
)
"""A clause that only asks a price (多少钱, 要钱吗, 贵不贵)."""
_PRICED_TOPICS = ("dorm", "canteen", "legitimacy")
"""Topics whose things have a price of their own: a bare price asked after them is theirs."""
_DOUBTS = frozenset({"真的假的", "是真的吗", "真的吗", "真的么", "真的嘛", "是真的不", "真的假的啊"})
"""A clause that only doubts what came before (时薪21？真的假的)."""
_THEIR_SIDE = ("这边", "公司", "厂", "们")
"""After 你: the employer's side (你这边可以接受吗, 你公司, 你们吃的什么), not the streamer as a person."""
_SELF_OR_PLACE = "我俺咱离到从在对给跟"
"""In what opens a question: the viewer themself (我们一家三口能住吗) or a place (离天津站多远)."""
_PLACE_ENDS = (
    "路道街站区镇村庄园桥港心店仓库部馆场楼院城湾口门市省县上里内外边头面点所房室间"  # places (冷库里面)
    "器机床料品件活货服车线箱工人员"  # things and people of work
)
"""How a place, a workplace or a thing of work ends (民族大道那个位置好找吗, 分拨中心在哪, 这个机器危险吗
ask about it, not about someone)."""
_PLACE_END_CHARS = frozenset(_PLACE_ENDS)
"""The same, as a set of single characters (an empty ending is none of them)."""
_CARED_FOR_AGE = compiled(
    r"(?<![我俺咱家的])(?:老人|老人家|老太太|老爷子|宝宝|婴儿|娃儿|娃娃|小孩|孩子|病人)(?:一般|大概|都)?"
    r"(?:好大|多大|几岁|多少岁|年纪|岁数)(?![^?\s]{0,3}(?:能|可以|才|就|收|要|招|带))"
)
"""The age of the one a carer or a nanny looks after (老人好大年纪了, 宝宝一般几岁), asked of the work; one's
own child (我孩子多大能来) and an age allowed (孩子多大可以带) are asked of who may come."""
_WORKPLACE_HOMES = ("雇主家", "客户家", "主家", "东家", "业主家", "用户家")
"""The homes a housekeeper or a carer works in (雇主家在哪): a workplace, where 我家, 你家 are someone's."""
_SHORT_COMMAND = 8
"""The longest statement holding a figure read for a slip of sound: a command (包名3号), not a
stream's notice of gifts (某某支持了2个)."""
_IS_THERE = compiled(r"(?:有没有|有木有|有无)[^\s,.?!]{1,6}|有[^\s,.?!]{1,6}(?:吗|么|嘛|没|不|没有)")
"""A first clause that only asks whether there is a thing (有空调吗 夏天怕热): asked of the job,
whatever the viewer tells after it."""
_OF_THE_WORKER = frozenset(("requirements", "prospects", "duties", "apply", "jobs", "pay"))
"""Topics a question of whether one can do the work, or of what one earns at it, asks: who the
viewer is (都五十多了, 开过五年叉车有证) qualifies them; a question of the dorm, the meals or the way
there it does not."""
_TELLS_OF_SELF = compiled(
    r"(?:我|俺|本人)(?:们|家)?(?![^吗么嘛呢?啥谁几哪咋怎]*(?:[吗么嘛呢?啥谁几哪咋怎]|多少|什么))"
    r"(?=.*(?:腿|脚|腰|身体|眼|手|岁|年纪|不会|没干过|没做过|经验|力气|体力|怀孕|病))"
)
"""A clause where the viewer tells of their body or skill and asks nothing (我腿脚不太好, 俺身体不好)."""
_NUMBER_NAME = compiled(r"(?:老|小|阿)?\d{1,3}")
"""A nickname of digits (老6, 99), standing before what is said of them."""
_HANDWORK = 5
"""The longest task (verb and object) a weak question of the work may name (端盘子累吗)."""
_TASK_VERBS = "端装拧搬扫擦洗切炒送焊缝贴拣叠铺扛抬爬修巡弯倒"
"""Verbs of hands-on work that name a task asked of a job; not those chat is full of (刷, 拉, 喷, 守, 陪)."""
_NOT_TASKS = "送(?:礼|花|灯|心|你|我|他|她|给)|扫码|装修|修图|洗(?:头|脸|澡)"
"""A gift sent, a code scanned, a home done up, a photo touched up, a wash of one's own: no work."""
_TASK = f"(?!{_NOT_TASKS})[{_TASK_VERBS}](?![上下出进回过起了着])"
"""A task's verb; one that moves someone somewhere (爬上楼) or is done already (送了) tells of an event."""
_OFTEN = "(?:自己|亲自|一直|经常|天天|每天|老是?|常常?|多)?"
_MUST_DO = compiled(
    rf"(?P<modal>要不要|需不需要|用不用|要|需要|(?<![记觉懂晓值舍显使取获难])得|用){_OFTEN}"
    rf"(?=(?P<verb>.)){_TASK}(?P<object>[\u4e00-\u9fff]{{0,5}}?)(?P<asks>吗|么|嘛|不|没)?[?!.~]*$"
)
"""Whether a task must be done, asked by its verb (下雨也要送吗, 要爬楼吗, 要不要搬)."""
_IS_TASK = compiled(
    rf"(?:是|是不是)?{_TASK}[\u4e00-\u9fff]{{1,5}}(?:的(?:吗|么|嘛|不|吧)?[?!.~]*$|还是(?:是|要|得)?{_TASK})"
)
"""Whether the work is a task (是送外卖的吗) or which of two (送外卖还是送快递), asked by the verbs."""
_COPING = compiled(
    r"(?:干|做|学|跟|记|看|搬|扛|吃|受|熬|适应)不(?:懂|会|上|住|动|了|好|完|来|消)[\u4e00-\u9fff]{0,6}?"
    r"(?:咋办|怎么办|咋整|怎么整)(?:啊|呀|呢)?[?!.~]*$"
)
"""Failing at the work and what then (看不懂图纸咋办, 跟不上怎么办): whether one copes with the work."""
_TASK_LEAD = 4
"""The most a must-do question may say before its modal (下雨也要送吗): more tells a story of its own."""
_TASK_OBJECT = 2
"""The shortest thing a task is done to for a must-do question naming no job to ask of the job
(要洗厕所吗, 要倒垃圾吗; 要洗吗 is asked of anything)."""
_HARD_LABOUR = frozenset("搬扛抬擦扫拧焊缝拣叠铺端巡爬倒")
"""Verbs of labour a viewer's own day seldom holds (洗, 送, 修 and 贴 are said of chores and gifts too):
only these ask of the job when no job is named (要擦玻璃吗, 要倒垃圾吗)."""
_TASK_HEADS = frozenset(
    {"", "这", "这个", "那个", "这活", "这个活", "活", "工作", "这个工作", "岗位", "这个岗位"}
)
"""What may stand before 是送外卖的吗 for it to ask of the job (besides the job's own name)."""
_PRICE_WORDS = frozenset({"多少钱", "几块钱", "几块", "多少米"})
"""Words that ask a price: said of a thing named first, the thing is goods."""
_WORK_ENDS = "活工人员件"
"""How work and who does it end (这个活, 普工, 一件): a price of it is pay."""
_LEAD_MODALS = (
    "能",
    "可以",
    "会",
    "要",
    "想",
    "必须",
    "需要",
    "得",
    "有",
    "一",
    "最少",
    "至少",
    "起码",
    "最多",
)
"""In what opens a question: a verb phrase or a quantity (能升班组长吗, 必须有驾照吗, 一件几毛钱,
干得多拿得多吗, 最少做几天), not someone named."""
_LEAD_TIMES = (
    "旺季",
    "淡季",
    "平时",
    "平常",
    "夏天",
    "冬天",
    "试用期",
    "转正后",
    "熟手",
    "新手",
    "学徒期",
    "下雨",
    "雨天",
    "下雪",
    "雪天",
    "刮风",
    "台风",
    "高温",
    "节假日",
    "过年",
    "中午",
    "晚上",
    "早上",
    "半夜",
)
"""Times, stages and weather a question opens with (旺季能挣多少, 旺季每天加几个小时, 熟手能拿多少,
下雨天加钱吗): of the work, not someone."""
_FEES = frozenset(
    {"要钱", "要钱吗", "收费", "收钱", "交钱", "要交钱", "要交费", "收不收费", "收不收钱", "费用"}
    | {
        "要钱不",
        "要钱么",
        "要钱嘛",
        "要钱没",
        "要不要钱",
        "收不收",
        "要不要交钱",
        "要不要收费",
        "花钱",
        "要花钱",
    }
)
"""Words asking whether something costs money."""
_CONDITIONS = frozenset(
    {"要求", "有要求吗", "啥要求", "有什么要求", "什么条件", "啥条件", "要求高吗", "要求是什么", "要求高"}
    | {"条件"}
)
"""Words asking what it takes."""
_SAID_OF: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # what applying costs is the employer's or an agent's fee: legitimacy, so apply owns no fee
    "legitimacy": (
        _FEES,
        frozenset({"dorm", "canteen", "requirements", "prospects", "insurance", "location", "duties"}),
    ),
    "requirements": (
        _CONDITIONS,
        frozenset({"prospects", "dorm", "canteen", "insurance", "pay", "hours", "duties"}),
    ),
}
"""Words that ask about a fee or a condition, and the topics whose own fee or condition they ask about
when they follow them."""
_WHEN = compiled(
    r"[今明昨后前当]天|第?[一二两三四五六七八九十\d]+个?(?:月|天|周|年|星期)|新人|新员工|刚来|以后|之后|过节|过年"
)
"""When something happens (今天干明天能拿钱不, 新人第一个月): part of a question about a job, not chat."""
_FIT = compiled(r"能|可以|行|要|收|招|报|干|做|去|上班|进厂|合适|限|超|够|接不接|还接")
"""What makes a stated age ask whether one qualifies (我45了能干吗); without it (我15岁就开宝马了
你们呢) the age is only told."""
_BORN = compiled(
    r"(?:(?<![\d.])(?:19)?[4-9]\d|(?<![一二三四五六七八九零〇])(?:一九)?[四五六七八九][零〇一二三四五六七八九])"
    r"\s*年(?:的|哩|嘞|滴|生|出生)(?!车|房|酒)"
)
"""A year of birth the viewer gives (我95年的, 75年生): an age, told another way."""
_BORN_FIT = compiled(r"干|做|进厂|上班|报|招|收|要不要|要吗|要我|去|行不行|可以吗|能行|中不中")
"""What makes a year of birth ask whether one qualifies (七五年的能去不); 82年的还能喝 only chats."""
_BARE_AGE = 8
"""A line this short that states an age asks whether it qualifies (我45了?, 48岁呢)."""
_ROLL_CALL = compiled(
    r"^([\u4e00-\u9fff]{2,5}?)的?(?:人|老乡们?|兄弟们?|姐妹们?|家人们?|朋友们?|宝子们?)"
    r"(?:在哪里?|在哪儿|在吗|在不在|呢|扣1|举手|集合)[?!.~]*"
    r"(?:[\s,]*(?:扣|打|刷)个?\d+[?!.~]*)?$"
)
"""A call to the viewers from one place (成都人在哪, 四川人呢, 成都的兄弟们在哪)."""
_CAN_DO = tuple(
    f"{modal}{verb}{this}"
    for modal in ("能", "可以", "能不能", "可不可以", "能去", "可以去")
    for verb in ("做", "干", "当")
    for this in ("", "这个", "个")
)
"""Before a title, asking whether one may do that job (能做技术员吗, 可以当个保安不)."""
_ONLY_ASKS = compiled(r"[\s?!.~]*(?:吗|不|么|嘛|呢|没)?[啊呀哦]?[\s?!.~]*$")
"""What may follow it: a particle and signs only."""
_PRICES = frozenset(
    [
        "多少",
        "多少钱",
        "几块",
        "几块钱",
        "给多少",
        "扣钱",
        "扣多少",
        "扣不扣",
        "扣不扣钱",
        "掏钱",
        "一天多少",
        "一个月多少",
        "一月多少",
        "一餐多少",
        "一顿多少",
        "每天多少",
        "每月多少",
        "多少钱一个月",
        "多少钱一月",
        "一个月多少钱",
        "多少钱一天",
        "一天多少钱",
        "多少钱一年",
    ]
)
"""Words that ask a price or a sum and name nothing paid (扣钱, 给多少, 一天多少)."""
_PERIODS = ("天", "月", "小时", "年")
_CONDITION = compiled(r"要是|如果|假如|万一|若是|的话$")
"""Words setting a condition on what another clause asks (要是出车, 加班的话)."""
_WISH = compiled(r"(?:想|要|准备|打算|只想)(?:找|干|做)(?:个|一个|份|一份|点)")
"""A viewer telling what work they look for (我就想找个包吃住的, 想干个轻松点的)."""
_DONE = ("干过", "做过", "学过", "当过", "爬过", "搭过", "开过", "弄过", "修过", "焊过", "会", "懂", "有")
"""Before a title, the viewer's own trade (我干过电焊 你们要不要, 没爬过爬架 搭过落地架子 要不要): a skill
told (or one not had), not a job sought."""
_AFTER_A_PLACE = frozenset("的有吗么嘛呢没不啊呀哦那这附周市区县?!,.~ ")
"""What may follow a place wished for (有苏州的吗, 南宁有活没, 苏州那边有吗): an unknown word right after it
(有成都冷吗) tells how the place is."""
_HAS = compiled(
    r"有没有(?!人)|有木有|有(?:吗|么|嘛|不|没)|^(?:还)?有[^?,]{1,6}的(?:吗|么|嘛|不|没|岗位|工作|活)"
)
"""Whether something is there (比亚迪有没有, 有富士康的吗)."""
_NO_PERSONS = {ord(ch): None for ch in "我俺他她咱您"}
"""Who a question of fitness is about (我, 他): no unknown word in it."""
_A_SHIFT_HAS = frozenset({"dorm", "canteen", "insurance"})
"""Topics of what a shift written right before it has (夜班宿舍, 夜班食堂), not how it is (夜班累不累)
nor what it pays (夜班工资, which may ask the shift)."""
_GIVES = ("有", "管", "给", "发", "包", "提供", "供")
"""After a shift (夜班有, 加班给): what the shift comes with is asked about, not the shift."""
_ECHOED_SUM = compiled(r"[1-9]\d{1,2}[05]0")
"""A round sum of money (4800, 12000), not a vote (1, 111) nor laughter (2333, 666)."""
_CLOSES = compiled(r"(?:吧|吗|么|嘛|呢|啊|呀|不|没)?(?:$|[\s?!.,~]|(?<=[吧吗么嘛呢啊呀不没]))")
"""What closes a clause after 的 (是派遣的吧, 是日结的吗): the 的 ends what is asked."""
_TO_HOST = compiled(
    r"主播\s*(?:你|你们|你们这边)?(?:是|是不是|也是|不是|收|要收|收不收)|(?:你|你们|你们这边)(?:是|是不是|也是|不是)"
)
"""How a line opens when it puts a question to the streamer's side (主播你…, 你们是中介吧)."""
_TRADE = compiled(
    r"(?:做|干|生产|造|搞)(?:什么|啥|嘛|啥子)[\u4e00-\u9fff]{0,6}?[吗呢啊呀?!.~]*$"
    r"|(?:几|多少)(?:个|家|座)(?:厂|工厂|分厂|厂区|店|门店|分店|基地|园区)"
)
"""What a company makes (是做什么的, 做什么车的座椅) or how many plants it has (有几个厂)."""
_THE_WORK = ("具体", "主要", "平时", "每天", "岗位", "工作", "活", "进去", "过去", "员工", "工人")
"""Words that turn 做什么 to the work of the people there (德胜进去具体做什么)."""
_FIGURE_ECHO = compiled(
    r"(?:每天|一天|每月|一个月|每个月|每周|一周|每小时|一小时|一个小时|每单|一单|才|就|只有|最多|最少|至少)?"
    r"(?P<low>\d+(?:\.\d+)?)(?:(?:到|至|-|~)(?P<high>\d+(?:\.\d+)?))?"
    r"(?:块钱|块|元|米|个人|人|天|倍|个小时|小时|个钟|点|岁|个)?"
    r"(?:一个月|一月|一天|每天|每月|一小时|一个小时|一周|以上|以下|以内|左右)?(?:吗|啊|呀|嘛)?\?+$"
)
"""A figure said back in doubt and nothing else (200一个月？, 18到45？, 1.5倍？, 一天15？)."""
_MACHINE_CAR = compiled(r"[叉罐吊天铲泵搅挂卡货]车")
"""Machines one drives at work (叉车, 罐车, 泵车): no 车 of the way there."""
_GEAR = frozenset({"设备", "机器", "电脑", "手机", "相机", "声卡"})
"""Things every stream has (设备 of 设备技术员): named first, a question is of the stream's gear."""
_JOB_FIRST = 2
"""How far into a yes-or-no question the job it asks of may be named (这个SMT要上料吗)."""
_YES_OR_NO = compiled(r"(?:吗|么|嘛|不|没)[?!.~]*$|还是|([\u4e00-\u9fff])不\1")
"""A yes-or-no question (要上料吗, 重不重) or a choice of two (油漆还是水性漆)."""
_NOT_OF_THE_WORK = compiled(r"谁|哪|几点|什么时候|啥时候|多少|你|他|她|主播|厂|公司|一家|真的|正规|骗|[a-z]")
"""What turns a question of a job named to someone, a place, a time, a sum, a company or trust; or
words the line holds in letters the understanding could not read (baoan yao shen gao ma)."""
_POINTED_AT = compiled(r"(?:那个|这个)?(?P<doing>[\u4e00-\u9fff]{2,5}?)(?:的那个|那个|的)(?=[\u4e00-\u9fff])")
"""A job pointed at by what it does, opening a question (缝座椅的, 包药那个)."""
_DOING_VERBS = frozenset(WORK_VERBS | set("包开看修照插打分检印烧煮卸运管"))
"""Verbs a job is described by (缝座椅的, 开叉车的, 看大门的)."""
_TO_A_VIEWER = ("@", "回复@", "回复 @", "回@")
"""How a line put to another viewer by name opens (@阿强 你去不去, 回复@小鱼 一起啊)."""
_OWN_CONTACTS = ("微信", "电话", "手机号", "联系方式", "qq")
"""A way to reach someone: asked of the streamer, the streamer's own (主播vx多少)."""
_SELF_ADVERBS = "(?:也|还|都|平时|每天|天天|今天|明天|昨天|晚上|一般|现在|以前|之前|自己|本人|真|到底)*"
_RISING = (
    "升",
    "当上",
    "提拔",
    "做到",
    "干到",
    "转成",
    "转为",
    "多久",
    "几年",
    "多长时间",
    "以后",
    "将来",
    "机会",
)
"""Words of rising to a post in time (多久能当店长), not of doing it now (女的能当拉长不)."""
_OF_THE_STREAMER = compiled(
    r"^(?:(?:主播|那|那么|所以|话说|对了|哎|诶|小姐姐|小哥哥|姐姐|哥哥|姐|哥|大哥|大姐|美女|帅哥|宝|宝宝|宝贝"
    r"|兄弟|老铁|哥们|姐妹|老妹|老弟|亲)?[\s,]*你(?![们这那家说讲刚帮给好知看发包管招收要需提觉认问])"
    r"|(?:主播|小姐姐|小哥哥|姐姐|哥哥|姐|哥|美女|帅哥|大哥|大姐|宝宝|宝贝|兄弟|老铁|老妹|老弟"
    r"|家人们|兄弟们|姐妹们|老铁们|大家|各位"
    r"|(?:老|小|阿)?[\u4e00-\u9fff]{1,2}(?<![大表堂师])(?:哥|姐|妹|弟|总|头|爷))"
    rf"(?={_SELF_ADVERBS}(?:学|读|是|上班|下班|几点|做什么|干什么|做啥|干啥|休息|放假|有|会|在哪上班"
    r"|在哪工作|住哪|住在|住的|一个月(?:能)?(?:挣|赚))))"
    rf"{_SELF_ADVERBS}(有)?"
)
"""How a line opens when it asks the streamer about their own life (你几点下班, 主播你学的什么专业,
你一个月挣多少, 主播明天休息吗): 你 as the subject, not 你们, 你这边, 你说的 nor 你帮我 (the employer's
side, the streamer's words or a service asked of them); or 主播, 姐姐, 宝宝, a nickname (喵哥, 老李头) or
the viewers (家人们, 大家) right before what they do or are or where they live (主播 工资多少, with a
space, asks the job's)."""
_EXTRA_RATE = compiled(
    r"加班[^?!,.\s]{0,2}(?:几倍|多少倍|算几倍|怎么算|咋算|给钱|有钱|多少钱)|加班费|加班工资|几倍工资"
)
"""What working over the hours or on a day off pays, asked (周末加班几倍, 有加班费吗)."""
_HOURS_ASKED = compiled(
    r"几点|多久|多长时间|几个小时|几个钟|休几|加班多|经常|每天都|天天|要不要加班|加不加班|用加班|自愿|强制|强迫|必须"
)
"""Words that ask the hours themselves beside what overtime pays (加班多不多, 几点下班)."""
_COUPLE = compiled(r"夫妻|两口子|小两口|两夫妻|老婆|老公|媳妇|对象|爱人")
"""Words naming a couple who would go together."""
_HOUSED = compiled(
    r"(?:住|睡)(?:一块|1块|一起|一间|1间|一屋|一个屋|1个屋|一个房|在一起)|夫妻房|(?:有|给|安排)(?:房|屋|单间)"
)
"""A couple's own room asked of (住一块, 夫妻房, 有房无)."""
_SHORT_SIGNED = 6
"""The longest line of characters typed one by one (吃 包 吗, joined as one word) read in a sign
language's order."""
_SIGNED_DOINGS = frozenset({"包", "有", "管", "发", "接", "给", "要"})
"""Doings a sign language puts after what they are done to (吃 包, 车 接 有)."""
_SIGNED_LAST = compiled(rf"(?<=[\u4e00-\u9fff])[{''.join(sorted(_SIGNED_DOINGS))}](?:吗|不|没|么|嘛)?\??$")
"""A doing signed last, closing a line typed one character at a time (吃包吗, 车接有吗); 几点交接班 holds
接 inside a word."""
_SPACED_WORDS = compiled(r"[\u4e00-\u9fff\d]{1,6}(?: [\u4e00-\u9fff\d]{1,6}){1,5}\??")
"""A line of two to six short words set apart by single spaces (几点 下班, 撞车 谁负责)."""
_ASKS_THE_HOST = compiled(
    r"[\s,]*(?:我|俺|咱)?(?:就|还)?(?:想)?(?:问|请问|咨询|打听)"
    r"|(?:你好|您好|好|晚上好|下午好|早上好|中午好)(?=[\s,!~]|$)"
)
"""What follows 主播 when the streamer is only called on to hear a question (主播我问一下, 主播想问下)
or greeted before it (主播你好 …): what is asked is the job's, read as any question is."""
_WORKPLACE = ("厂", "公司", "岗位", "车间", "门店", "店里", "招", "面试", "入职", "说", "讲", "介绍")
_EMPLOYER_VERBS = ("给", "发", "管", "开", "包", "提供", "收")
"""Words that put a question to the streamer as the recruiter after all: a workplace, the streamer's
words (你上次说的宿舍在哪) or what an employer gives (你一个月给多少钱, 你几号发工资)."""
_SOMEONE_ELSE = compiled(
    r"^(?:那|那么|所以|话说|那个)?(?:他|她|它)(?:们)?(?!们|厂|公司|单位|那边|那里|这边|那个厂|家厂|食堂|宿舍|车间)"
)
"""How a line opens when it asks about a third person (他是干嘛的, 她在哪上班), not a workplace
(他们厂, 他们那边)."""
_GOING_THERE = (
    "去了",
    "过去",
    "去的话",
    "进去",
    "到了那",
    "来了",
    "要上",
    "要干",
    "要做",
    "得干",
    "能拿",
    "能挣",
)
"""Of a third person, going to the job or what it asks of them (她去了住哪里, 他要上夜班吗, 她一个月能拿
多少): someone the viewer asks for, not someone's own life."""
_OWN_LIFE = frozenset(
    {"pay", "dorm", "canteen", "prospects", "hours", "duties", "insurance", "location", "requirements"}
)
"""What a viewer may ask the streamer about their own life; applying, searching and whether the
recruiting is real are asked of the streamer as the recruiter (你是中介吧)."""
_A_MEAL = compiled(
    r"(?:今天|今晚|昨天|昨晚|刚才|刚刚|这一天|这天|那天)[^?,.!\s\d]{0,4}吃|吃了(?:什么|啥|没|吗)|吃(?:的)?(?:什么|啥|啥子)了"
    r"|(?:早饭|午饭|晚饭|早餐|午餐|晚餐|夜宵|宵夜)吃(?:的|了)(?:什么|啥|啥子)|吃饱了"
)
"""A meal of one day, eaten or told (今天吃的什么, 吃啥了, 早饭吃的什么): someone's meal, not the
canteen's."""


def _host_called(normalize: Callable[[str], str], catalog: Catalog) -> tuple[str, re.Pattern[str] | None]:
    """The host's name in its normal form, and the pattern of a line opening or closing with it, said
    to them (大刚 …, …吗小雅), when the catalogue names the host; no pattern otherwise."""
    host = catalog.stream.host if catalog.stream is not None else None
    name = normalize(host).strip() if host else ""
    if len(name) < 2:
        return name, None
    called = re.escape(name) + r"(?:啊|呀|哥|姐|老师)?"
    return name, re.compile(rf"^{called}(?:[\s,:!~]+|$)|(?<=[吗么嘛呢不没啊呀哦?])[\s,]*{called}[?!~]*$")


_HOW_COME = compiled(
    r"(?:怎么(?![办整弄])|咋(?![办整弄])|为什么|为啥)[^?,.!\s]{0,6}?(?:这么|那么|就|又|一直|老是|总是|还)"
    r"(?!要|得|需要|能|可以|有没有|是)"
    r"|(?:为什么|为啥)[^?,.!\s]{1,8}了[呢啊呀吗]*(?:$|[?,.!\s])"
)
"""How come (怎么就累了, 为什么工资这么低, 为啥给你加班了): wondering or complaining about what is so,
not asking what the job offers (为啥还要交钱 and 怎么去厂里 ask; 怎么办, 咋整 ask what to do)."""
_BY_NOW = compiled(r"了(?:吗|么|嘛|没有|没)[?!.~啊呀]*$")
"""How a line closes when it asks whether something has happened by now (放假了吗, 加班了没)."""
_BY_NOW_TOPICS = frozenset({"pay", "dorm", "canteen", "hours", "duties", "insurance", "prospects", "apply"})
"""What may have happened by now to someone (发工资了吗, 放假了吗, 面试了吗); whether one is too old
(40岁超了吗), where something is or whether jobs are filled (招满了吗) are asked of the job."""
_ONE_DAY = compiled(r"今天|明天|昨天|今晚|昨晚|后天|今儿|明儿")
"""A particular day: 今天累不累, 明天休息吗 ask about someone's day, not the job's hours or work."""
_SHOPPING = compiled(
    r"\d+\s*号\s*(?:链接|宝贝|色号|色|款|商品|产品|福袋)|链接\s*\d|(?:直播|开播|带货|做主播|当主播|招主播|(?<!老)公会)"
)
"""Goods of a shopping stream named by their number (3号链接多少钱, 5号宝贝) and streaming as a trade
(直播一天能挣多少, 你们公会招人吗): a number there names no job, and what it pays is not a job's."""
_SPENT = compiled(
    r"花(?:了|掉)?(?:多少|几)|(?:多少钱|几块钱?|多少)(?:买|入手|拿下)|(?:一晚|一夜|一晚上)(?:要)?(?:多少|几)|多少钱(?:一晚|一夜)"
    r"|(?:多少钱?|几块钱?)(?:一|1|每)(?:斤|公斤|克)"
    r"|(?:一|1|每)(?:斤|公斤|克)(?:多少|几块)"
)
"""Money spent or paid for something (多少钱买的, 一个月花多少钱, 一晚多少钱) or goods by their measure
(多少钱一斤, 一公斤多少钱): a price, not a job's pay."""
_BY_WEIGHT = "斤克"
"""Measures of weight in a price (一斤多少钱)."""
_PER_WEIGHT = compiled(r"(?:每|一)(?:斤|公斤|千克)|元\s*/\s*(?:斤|公斤|千克)")
"""A pay written by weight (每公斤1.6元, 一斤6元, 2元/公斤)."""
_PICKING = frozenset(WORK_VERBS | set("摘采剥割捡择收挖"))
"""Verbs of work done by weight (摘, 剥, 拣): before 一斤多少钱 they make it a piece rate."""
_DOINGS = ("上", "进", "加", "入", "看", "玩", "点", "送", "刷", "听", "抽", "连", "钓", "唱")
"""Verbs that open a doing of chat or play (上麦, 进群, 加粉丝团, 点歌, 唱歌, 钓鱼) whose fee is not the
job's."""
_EARNED = compiled(r"(?:赚|挣)(?:了|到了)")
"""Money someone has made (他不是挣了一万吗, 你挣了多少): their earnings, not what a job pays."""
_WHO_ONE_IS = frozenset(
    {"外地人", "外地的", "外省", "外省人", "外省的", "本地人", "本地的"}
    | {"小学", "初中", "高中", "中专", "技校", "职高", "大专", "本科", "研究生", "硕士", "博士"}
)
"""Who one is or how far one went at school, said without a question mark: told (an answer to
学历? or where one is from), as 学生 or 宝妈 alone is; 大专? asks."""
_HAS_WISH = compiled(r"有(?:没有|木有)?[^?,!.\s]{1,8}的(?:吗|么|嘛|没|不|活|工作|岗位|厂)?[?!.~]*$")
"""A wish asked for at the close of a line (有没有轻松点的, 有不用上夜班的吗)."""
_WISH_SPAN = compiled(
    r"(?:想|要|准备|打算|只想)(?:找|干|做)(?:个|一个|份|一份|点)[^?,!]{0,10}?的(?:工作|活|厂|岗位|事)"
)
"""What a told wish spans (想找个包吃住的工作)."""
_HOW_MUCH = compiled(r"多少|好多|几多")
_WHAT_IS = compiled(
    r"^(?P<head>[^?,\s]{1,8}?)(?:是|是个|指|指的是)(?:什么|啥|啥子|么子)(?:意思|东西|活儿?|工作|玩意儿?)?"
    r"[?!.~]*$"
)
"""X是啥, X是什么意思: what X is (of a job named by its title: what the work is)."""
"""How much, asked of a job named and nothing else: its pay."""
_ECHO = compiled(r"^(?:什么|啥)([^\s?!,.]{1,10})[?!]*$")
_ASKING_WORDS = compiled(r"[有能要是会可该吗呢么嘛吧几多哪谁怎咋]")
"""In what follows 什么, a word that asks on (什么人能干, 什么时候有): then it is a question."""
_CHARGED_FOR = compiled(
    r"(?:报名|面试|入职|进厂|应聘)(?:的时候|时|前)?(?:要|得|需要|还要|会|是不是|要不要)?(?:先)?"
    r"(?:交|收|给|付|掏|花|押|扣)(?:多少|几百|什么|啥)?(?:钱|费|中介费|押金|报名费|服务费)?"
    r"|(?:报名|面试|入职)(?:费|收费|要钱|要不要钱|花钱|押金)"
    r"|(?:报名|面试|入职)(?:要|得|需要|还要)(?:中介费|押金|报名费|服务费|介绍费)"
)
"""Applying named as what a fee is charged for (报名要交多少中介费, 面试收费吗)."""
_OWNERS = (
    "我",
    "俺",
    "我的",
    "我家",
    "跟",
    "和",
    "带",
    "咱",
    "一个",
    "个",
    "管",
    "照顾",
    "喂",
    "哄",
    "抱",
    "看护",
    "带的",
    "照顾的",
    "看的",
    "表",
    "堂",
)
"""Before 老公, 朋友, 宝宝 …: the viewer's own people or those one cares for (只管宝宝, 我表姐28), not a
way of addressing the streamer."""
_ANCHORS = (
    "厂",
    "门店",
    "店里",
    "店在",
    "院里",
    "公司",
    "岗位",
    "上班",
    "工作",
    "进厂",
    "车间",
    "入职",
    "面试",
    "招",
    "这个活",
    "这活",
    "干活",
)


def _age_at(norm: str) -> int:
    """Where a line states an age (0 when no form of one is found)."""
    found = _AGE_MENTION.search(norm)
    starts = [found.start()] if found is not None else []
    told = age_start(norm)
    return min([*starts, told] if told is not None else starts, default=0)


def _age_as_context(
    norm: str, result: list[Scored], asks: Callable[[int, int], bool]
) -> tuple[int, int] | None:
    """The clause of a stated age when it only tells who asks: it asks nothing itself (俺今年四十三,
    我48了), a later clause asks another topic of the job (一个月能挣多少钱; applying or being taken
    is no other topic: 本人56周岁 是否还能报), and no clause asks whether one qualifies (还要么,
    能干不); else None. `asks` tells whether the clause from a to b asks."""
    spans = spoken_spans(norm)
    at = _age_at(norm)
    own = next(((a, b) for a, b in spans if a <= at < b), None)
    if own is None or len(spans) < 2:
        return None
    asked = [s.position for s in result if s.intent not in ("requirements", "apply", "jobs")]
    if not any(p >= own[1] for p in asked):
        return None
    for a, b in spans:
        if a >= own[0] and not any(a <= p < b for p in asked) and (_FIT.search(norm, a, b) or asks(a, b)):
            return None  # 我48了 还要么 包住吗: the age is asked about too
    return own


def _domain_words(hits: list[Hit], refs: Refs) -> bool:
    """Whether a line names a job, employer, city or recruiting topic (for an `other` question:
    probably misread rather than off-topic)."""
    if refs.numbers or refs.employers or refs.titles or refs.cities:
        return True
    return any(h.term.strong or h.term.weak or h.term.jobs or h.term.kin_jobs for h in hits)


def _of_hours(hit: Hit) -> bool:
    """Whether a topic word asks about the hours in any way."""
    return "hours" in (*hit.term.strong, *hit.term.weak, *hit.term.ask)


def _without_prices_of_things(norm: str, hits: list[Hit], result: list[Scored]) -> list[Scored]:
    """The intents less the pay a price asks of a thing that has one, named before it: in its own
    clause (餐补一天多少, 服务费给多少, 服务费一万五？), or in an earlier one when no period is asked
    (宿舍几个人住 扣钱不, 吃饭自己掏钱？餐补给多少: the meals' subsidy, not the pay)."""
    if not any(s.intent == "pay" for s in result) or len(result) < 2:
        return result
    clauses = clause_spans(norm)
    paid = [h for h in hits if "pay" in (*h.term.strong, *h.term.weak, *h.term.ask)]
    if not paid:
        # 服务费一万五？: a sum said after the thing it is the price of, in one clause.
        figures = [s.position for s in result if s.intent == "pay"]
        if all(
            norm[at : at + 1].isdigit()
            and any(
                t.end <= at
                and any(i in _PRICED_TOPICS for i in t.term.strong)
                and t.start >= next((a for a, b in clauses if a <= at < b), 0)
                for t in hits
            )
            for at in figures
        ):
            return [s for s in result if s.intent != "pay"]
        return result
    if any(norm[h.start : h.end] not in _PRICES for h in paid):
        return result

    def of_a_thing(h: Hit) -> bool:
        a = next((a for a, b in clauses if a <= h.start < b), 0)
        word = norm[h.start : h.end]
        return any(
            t.end <= h.start
            and any(i in _PRICED_TOPICS for i in t.term.strong)
            and (t.start >= a or not any(p in word for p in _PERIODS))
            for t in hits
        )

    if not all(of_a_thing(h) for h in paid):
        return result
    return [s for s in result if s.intent != "pay"]


def _makes(norm: str, hit: Hit) -> bool:
    """Whether a word before 厂 names what the plant makes (冰箱厂), not the way to it (怎么去厂里)."""
    return norm[hit.end - 1] not in "去到进来在回离" and not norm.startswith(
        ("厂里", "厂区", "厂门"), hit.end
    )


def _a_shift_has(hit: Hit) -> bool:
    """Whether a word written right after a shift names a thing the shift has (夜班宿舍, 夜班加班费)."""
    strong = set(hit.term.strong)
    if "hours" in strong:
        return False
    return bool(strong & _A_SHIFT_HAS) or ("pay" in strong and hit.term.word.startswith("加班"))


_CALLED_ELDER = frozenset({"哥", "姐", "老哥", "大哥", "大姐", "老铁", "兄弟", "老师", "师傅", "老乡"})
"""Ways of calling the one asked as an elder or a mate (马哥, 老哥): a fan's 宝 or 老婆 is talk to the
streamer as a person (染发吗宝), whatever the words before it."""


def _called_at_end(norm: str, hit: Hit) -> bool:
    """Whether a way of calling someone as an elder or a mate is a clause of its own closing the line
    (37了还要不要 马哥, 底薪多少 老哥): the one asked is called, the question is still the job's."""
    last = norm.rfind(" ")
    return (
        hit.term.word in _CALLED_ELDER
        and 0 <= last < hit.start
        and len(norm) - last - 1 <= 3
        and not norm[hit.end :].strip(" ?!.~啊呀")
    )


def _title_tails(titles: Iterable[str]) -> tuple[str, ...]:
    """Every end of three characters or more of a title longer than it (场收费员, 收费员 of 停车场收费员):
    how a viewer shortens a long title."""
    tails = {title[k:] for title in titles for k in range(1, len(title) - 2)}
    return tuple(sorted(tails, key=len, reverse=True))


def _named_spans(norm: str, hits: list[Hit], titles: str, tails: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the line names a job by a title of three characters or more: a name of the catalogue's
    (收费员) or the end of a title (白班普工 of 长白班普工), looked for only when a topic word of the
    line is written in some title (`titles`: every title, lowercased and joined)."""
    spans = [(h.start, h.end) for h in hits if (h.term.jobs or h.term.title) and h.end - h.start >= 3]
    if any((h.term.strong or h.term.weak or h.term.ask) and h.term.word in titles for h in hits):
        spans += [(start, start + len(tail)) for tail in tails for start in _occurrences(norm, tail)]
    return spans


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether text[start:end] lies within one of the spans and is shorter than it."""
    return any(a <= start and end <= b and b - a > end - start for a, b in spans)


def _without_named(hits: list[Hit], spans: list[tuple[int, int]]) -> list[Hit]:
    """The hits less the topic words inside a job's title (收费 of 收费员包吃不, for a 停车场收费员:
    the job is named, no fee asked)."""
    return [
        h
        for h in hits
        if not (
            (h.term.strong or h.term.weak or h.term.ask)
            and not (h.term.jobs or h.term.title or h.term.kin_jobs)
            and _inside(h.start, h.end, spans)
        )
    ]


def _occurrences(text: str, word: str) -> list[int]:
    """Where `word` begins in `text`, each time."""
    found: list[int] = []
    start = text.find(word)
    while start >= 0:
        found.append(start)
        start = text.find(word, start + 1)
    return found


_MAY_I = compiled(
    r"(?:中不中|中不|中吗|行不行|行不|行吗|得行不|能行吗|能行不|可以吗|可以不|可以无|可不可以|可唔可以做?|得唔得"
    r"|做得无|做得不|做得来不|能干不|能干吗|能做不|能做吗|收不收|能要不|还要不|要不要我|能去不|能去吗)"
    r"[啊呀嘛哦呢吧]*[?!.~]*$"
)
"""How a line closes that asks whether the one it told of is taken (中不中, 行不行, 得唔得, 做得无)."""
_TOLD_OF_ONESELF = compiled(
    r"^(?:[^,\s]{1,6}[\s,]+)?(?:我|俺|额|本人|咱)(?!们|的)"
    r"|^(?:[^,\s]{1,6}[\s,]+)?(?:我|俺|额)?(?:家)?(?:儿子|女儿|闺女|老公|老婆|媳妇|孩子|娃|爱人)"
    r"|^(?:眼睛|视力|耳朵|手指|腿脚|腰|个子|身上|脸上|手上|年纪大|岁数大|老人家)"
)
"""A line opening by telling of the asker or their own (俺闺女学护理的, 我脸上有个小疤), after at most a
word of address (主播 俺…), or by a body or an age told without whose (眼睛花得冇, 老人家做得冇)."""


def _asks_if_taken(norm: str, topical: list[Hit], matches: list[PatternMatch]) -> bool:
    """Whether a line tells of the asker or their own and closes asking whether that is taken (俺近视
    中不, 我一回戏都没演过 行不行啊), with no topic of its own besides who is taken."""
    close = _MAY_I.search(norm)
    if close is None or close.start() < 2 or _TOLD_OF_ONESELF.match(norm) is None:
        return False
    told = norm[: close.start()]
    if "?" in told or any(w in told for w in ("吗", "什么", "啥", "多少", "几", "哪", "怎么", "咋")):
        return False  # a question of its own before the close
    if any(w in told for w in ("两口子", "夫妻", "一起", "一块", "一路")):
        return False  # 俺两口子 俺开车媳妇押运 行不: a couple going together asks where they would live
    topics = {i for h in topical for i in (*h.term.strong, *h.term.weak, *h.term.ask)}
    topics |= {i for m in matches for i in m.intents}
    return topics <= {"requirements"}


def _not_names(norm: str, topical: list[Hit]) -> list[Hit]:
    """The topic words less the weak ones a name holds (他是不是叫福利哥: a nickname; 冰箱厂: what a
    plant makes; 登高证: a certificate named after the work, unless after a trade's title, 焊工证); a
    strong one after 叫 is what someone is told to do (叫我交钱)."""
    return [
        h
        for h in topical
        if h.term.strong
        or not (
            norm[: h.start].endswith(("叫", "叫做"))
            or (norm.startswith("厂", h.end) and _makes(norm, h))
            or (norm.startswith("证", h.end) and not (h.term.jobs or h.term.title or h.term.kin_jobs))
        )
    ]


def _outside_wish(norm: str, topical: list[Hit]) -> list[Hit]:
    """The topic words less those of a wish the viewer tells on the way to a question of their own
    (我想找个包吃住的工作 你们这个质检员一个月能拿多少钱 asks about the pay alone)."""
    wish = _WISH_SPAN.search(norm)
    if wish is None:
        return topical
    a, b = wish.span()
    inside = [h for h in topical if a <= h.start and h.end <= b]
    if not inside or not any(h.term.strong and not (a <= h.start < b) for h in topical):
        return topical
    return [h for h in topical if not (a <= h.start and h.end <= b)]


def _weighs_pay(job: Job) -> bool:
    """Whether a job writes its pay by the jin or kilo (每公斤1.6元, 每斤6元, 2元/公斤)."""
    if job.pay is None:
        return False
    texts = (job.pay.note, job.pay.overtime, job.pay.base)
    return any(_PER_WEIGHT.search(t) is not None for t in texts if isinstance(t, str))


_SOUNDS: dict[tuple[str, ...], SoundAlikes] = {}
"""The lexicon's words by their sound, indexed once per process for each lexicon read."""


def _lexicon_sounds(lex: Lexicon) -> SoundAlikes:
    """The lexicon's known words by their sound: its strong words, the words its phrases are built
    around (面试), its weak words and the words its typos stand for, most telling first."""
    phrases = [*lex.strong, *lex.weak, *lex.ask]
    key = (*phrases, "", *lex.typos.values())
    found = _SOUNDS.get(key)
    if found is None:
        spelled = [*lex.strong, *core_words(phrases), *lex.weak, *lex.typos.values()]
        found = _SOUNDS[key] = SoundAlikes(spelled, syllables, reading)
    return found


def _across_words(spaced: str, together: str, again: str) -> bool:
    """Whether reading `together` (the words of `spaced` joined) as `again` changed a run of it that
    crosses from one word into the next."""
    cuts = set(accumulate(len(part) for part in spaced.split(" ")[:-1]))
    changed: list[list[int]] = []
    for tag, start, end, _, _ in SequenceMatcher(None, together, again, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if changed and start - changed[-1][1] <= 1:
            changed[-1][1] = end  # 好多 → 多少 is read as one change: a 好 dropped, a 少 added after 多
        else:
            changed.append([start, end])
    return any(start < cut < end for start, end in changed for cut in cuts)


class Understander:
    """Understands danmaku against one catalogue and lexicon; cheap per line once built."""

    def __init__(self, catalog: Catalog, lexicon: Path | None = None) -> None:
        """Build the lexicon, the term automaton and the caches for `catalog`."""
        self._lexicon = load_lexicon(lexicon)
        self._index = CatalogIndex(catalog)
        cities = list(dict.fromkeys([*self._index.cities(), *self._lexicon.cities]))
        names: list[str] = []
        for employer in catalog.employers:
            names += employer_names(employer.name, employer.aliases, cities)
        families = title_families(self._lexicon, (j.title for j in catalog.jobs))
        known = lexicon_words(self._lexicon)
        for job in catalog.jobs:
            own = title_names(job.title, job.aliases, families, known)
            names += own + kin_names(own, self._lexicon.titles)
        self._normalizer = Normalizer(self._lexicon, names)
        self._terms = build_terms(self._lexicon, self._index)
        self._words = CatalogueWords(self._index)
        self._weighed = frozenset(job.id for job in catalog.jobs if _weighs_pay(job))
        """Jobs whose pay is written by the jin or kilo: a price of a weight asks their rate."""
        self._titles = "|".join(job.title for job in catalog.jobs)
        """Every job's title, for words that say the catalogue offers a kind of post (护士)."""
        self._titles_lowered = self._titles.lower()
        """The same lowercased, to tell whether a topic word is written in some title (收费 of 收费员)."""
        self._title_tails = _title_tails(job.title.lower() for job in catalog.jobs)
        """The ends of the jobs' titles (收费员 of 停车场收费员), by which a title is shortened."""
        self._segmenter = Segmenter([*names, *self._lexicon.companies, *self._lexicon.strong])
        self._companies = CompanyFinder(self._lexicon, self._index, self._segmenter)
        self._sounds = _lexicon_sounds(self._lexicon).adding(names, syllables, reading)
        self._host_name, self._host = _host_called(self._normalizer.normalize, catalog)
        self._normalize = lru_cache(maxsize=CACHE_SIZE)(self._normal_form)
        self._cached = lru_cache(maxsize=CACHE_SIZE)(self._analyse_spaced)
        self._analysed: dict[tuple[str, str | None], Understanding] = {}

    def _normal_form(self, text: str) -> str:
        """The normal form of a line, without the host's name it is said to (大刚 这1号一个月能整多少钱,
        包住吗小雅): the name is whom it is said to, as 主播 is, no word asked."""
        norm = self._normalizer.normalize(text)
        if self._host is None or self._host_name not in norm:
            return norm
        bare = self._host.sub("", norm)
        return bare if bare.strip() else norm

    def __getstate__(self) -> dict[str, Any]:
        """What a snapshot keeps: everything built, without the caches of lines seen."""
        state = dict(self.__dict__)
        state.pop("_normalize", None)
        state.pop("_cached", None)
        state.pop("_analysed", None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Rebuild from a snapshot, with empty caches."""
        self.__dict__.update(state)
        self._normalize = lru_cache(maxsize=CACHE_SIZE)(self._normal_form)
        self._cached = lru_cache(maxsize=CACHE_SIZE)(self._analyse_spaced)
        self._analysed = {}

    @property
    def index(self) -> CatalogIndex:
        """The catalogue lookups this understander answers from."""
        return self._index

    def prepare(self) -> None:
        """Build now what is otherwise built on the first line that needs it and can be kept in a
        snapshot (the pieces of every job's texts), so that no process started from one builds it."""
        self._words.prepare()

    @property
    def prepared(self) -> bool:
        """Whether what `prepare` builds is built."""
        return self._words.prepared

    def warm(self) -> None:
        """Load what is otherwise loaded on first need (the word segmenter), so no line waits for it."""
        self._segmenter.warm()

    def normalize(self, text: str) -> str:
        """The normal form of a line (cached)."""
        return self._normalize(text)

    def understand(self, text: str, featured: str | None) -> Understanding:
        """What one comment asks and what it refers to, given the job on screen."""
        result = self.analyse(text, featured)
        return result if result.text == text else replace(result, text=text)

    def analyse(self, text: str, featured: str | None) -> Understanding:
        """The same, shared between identical comments: its `text` is the normal form, not the
        comment's own (for callers that keep the comment themselves; saves a copy per comment).

        A line seen lately with the same job on screen is answered by one lookup (streams repeat
        their lines), before the caches of normal forms and of understood normal forms."""
        key = (text, featured)
        known = self._analysed.get(key)
        if known is not None:
            return known
        norm = self._normalize(text)
        found = self._cached(norm, None)
        if not found.standalone:  # a standalone line reads the same whatever job is on screen
            found = self._cached(norm, featured if featured in self._index.by_id else None)
        if len(self._analysed) >= CACHE_SIZE:
            self._analysed.clear()  # the lines of the last while are met again soon; older ones afresh
        self._analysed[key] = found
        return found

    def to_contract(self, r: Understanding, text: str | None = None) -> dict[str, Any]:
        """The SPEC §4 object for one result, keys in contract order (`text`: the comment's own words,
        when `r` came from `analyse` and holds the normal form)."""
        return {
            "text": r.text if text is None else text,
            "question": r.question,
            "intents": list(r.intents),
            "job": r.job,
            "employer": r.employer,
            "city": r.city,
        }

    # ------------------------------------------------------------------ the decision

    def _analyse_spaced(self, norm: str, featured: str | None) -> Understanding:
        """A line of a few short words apart (几点 下班, 要 厨师证吗, 撞车 谁负责), as those for whom
        Mandarin is a second language type it, read as one phrase when read apart it asks nothing."""
        found = self._analyse(norm, featured)
        if found.question or (len(norm) <= _SHORT_COMMAND and _DIGIT.search(norm) is not None):
            # 有夫七房吗, 要建康证吗, 包名3: a known word typed with a character of the same sound. A
            # line already read in a topic is read anew only in that topic or by a word of three.
            fixed = self._sounds.fix(norm, self._segmenter.seen, self._plain_words, self._words.writes)
            if fixed is not None:
                again = self._analyse(fixed[0], featured)
                if again.intents not in ((), ("other",)) and (
                    found.intents in ((), ("other",))
                    or again.intents == found.intents
                    or any(len(w) >= 3 for w in fixed[1])
                ):
                    return again
        if _SPACED_WORDS.fullmatch(norm) is None:
            if (
                found.question
                and found.intents in ((), ("other",))
                and len(norm) <= _SHORT_SIGNED
                and _SIGNED_LAST.search(norm) is not None
            ):
                return self._signed(" ".join(norm), featured, found, norm)  # 吃 包 吗 joined as 吃包吗
            return found
        if found.intents not in ((), ("other",)):
            words = norm.rstrip("?").split(" ")
            if len(words) >= 3 and max(map(len, words)) <= 4 and min(map(len, words)) == 1:
                # 夜班 有 补贴 吗: typed word by word, not clause by clause; the phrase they make
                # tells the fact asked (夜班补贴), where it asks no topic the words apart did not.
                together = norm.replace(" ", "")
                joined = self._analyse(together, featured)
                if joined.intents not in ((), ("other",)) and set(joined.intents) <= set(found.intents):
                    return joined
            return self._split_word(norm, featured, found)
        # Joined, the words are read again as one phrase is (底薪 好多 is 底薪好多: 底薪多少), and
        # what they ask is told from that reading; a reading that joins two words' halves into a new
        # word (计件好 多劳多得 → 件好多) is no reading of them.
        if any(len(word) >= 2 and is_laughter(word) for word in norm.split(" ")):
            return found  # 普工谁都能干 哈哈: a laugh after a statement, no phrase to join
        together = norm.replace(" ", "")
        reread = self._normalizer.normalize(together)
        if reread != together and _across_words(norm, together, reread):
            reread = together
        joined = self._analyse(reread, featured)
        if joined.intents in ((), ("other",)):
            return self._signed(norm, featured, found)
        return joined if reread != together else replace(joined, text=norm)

    def _signed(
        self, norm: str, featured: str | None, found: Understanding, typed: str | None = None
    ) -> Understanding:
        """Words set apart in the order of a sign language (吃 包 吗, 车 接 有 吗, 钱 发 几号: what is
        done to comes first, the doing after it), which ask nothing read as typed: the last doing read
        first, as Mandarin says it (包吃吗, 有车接吗, 发钱几号). The result keeps the normal form as
        typed (`typed`, where the words were set apart here rather than by the viewer)."""
        words = norm.rstrip("?").split(" ")
        at = max((i for i, w in enumerate(words) if i > 0 and w in _SIGNED_DOINGS), default=None)
        if at is None:
            return found
        text = "".join((words[at], *words[:at], *words[at + 1 :])) + ("?" if norm.endswith("?") else "")
        again = self._analyse(text, featured)
        if again.intents in ((), ("other",)):
            return found
        return replace(again, text=norm if typed is None else typed)

    def _split_word(self, norm: str, featured: str | None, found: Understanding) -> Understanding:
        """A line of short words apart read in a topic, where a known word of another topic was split
        by a space (加班 钱 多少 给: 加班钱 asks the pay, not the hours): read as one phrase."""
        text = norm.replace(" ", "")
        cuts = set(accumulate(len(part) for part in norm.split(" ")[:-1]))  # where the spaces were
        ends = cuts | {0, len(text)}  # the word split is whole words joined, not a word and half another
        hits = self._terms.hits(text)
        split = [
            h
            for h in hits
            if h.term.strong and h.start in ends and h.end in ends and any(h.start < c < h.end for c in cuts)
        ]
        if not split or all(i in found.intents for h in split for i in h.term.strong):
            return found
        joined = self._analyse(text, featured)
        if joined.intents in ((), ("other",)) or joined.intents[0] not in split[0].term.strong:
            return found
        return replace(joined, text=norm)

    def _asked_beside_command(self, norm: str, command: Understanding) -> Understanding:
        """An application command with a question in another clause (报名8 我和我老公两个人 有夫妻房没):
        the command, and the topics that clause asks of the job applied to (who may apply is the
        application's own business)."""
        spans = clause_spans(norm)
        if len(spans) < 2:
            return command
        rest = " ".join(norm[a:b] for a, b in spans if apply_number(norm[a:b]) is None)
        if not rest or len(rest) == len(norm):
            return command
        asked = self._analyse(rest, command.job)
        extra = [
            (i, c)
            for i, c in zip(asked.intents, asked.confidence, strict=True)
            if i not in ("apply", "jobs", "other", "requirements")
        ]
        # What one brings or holds (带身份证就行吗, 有证, 大专应届) is told for the application itself;
        # a bare topic (宿舍) after a command asks nothing more.
        marked = is_marked_question(rest, list(self._terms.hits(rest)), self._lexicon.final_particles)
        if not marked or not extra or asked.job not in (None, command.job):
            return command
        return replace(
            command,
            question=True,
            intents=("apply", *(i for i, _ in extra)),
            confidence=(command.confidence[0], *(c for _, c in extra)),
        )

    @staticmethod
    def _doing_the_job_named(norm: str, hits: list[Hit], matches: list[PatternMatch]) -> bool:
        """Whether a rise the line reads as (能当拉长不) is to a job of the catalogue named by its own
        title, with no word of rising (升, 晋升, 当上): doing that job is asked."""
        if any(word in norm for word in _RISING):
            return False
        return any(
            m.start <= h.start and h.end <= m.end and norm[h.start - 1 : h.start] in ("当", "做", "干")
            for m in matches
            if "prospects" in m.intents
            for h in hits
            if h.term.jobs and h.start > 0
        )

    def _plain_words(self, norm: str) -> list[tuple[int, int]]:
        """Where a line plainly holds a word of two characters or more, or a job's number (3号)."""
        spans = [(h.start, h.end) for h in self._terms.hits(norm) if h.end - h.start >= 2]
        return spans + [m.span() for m in _JOB_NUMBER.finditer(norm)]

    def _analyse(self, norm: str, featured: str | None) -> Understanding:
        """Understand one normalised line (the result's text is the normal form; callers replace it)."""
        core = core_of(norm)
        digits = _DIGIT.search(norm) is not None
        if digits and "?" in norm and _ECHOED_SUM.fullmatch(core):
            # 4800？: a monthly sum said back in doubt asks what the job pays.
            return self._finish(norm, featured, True, [Scored("pay", 0, CUE)], Refs(), None)
        if not core or is_laughter(core) or (digits and (is_poll_vote(norm) or core.isdigit())):
            return Understanding(norm, False, (), (), None, None, None, standalone=True)
        number = apply_number(norm) if digits else None
        if number is not None:
            job = self._index.by_number.get(number)
            command = self._with_refs(
                norm, False, ("apply",), (0.99,), job.id if job else None, apply_command=True
            )
            stated = stated_age(norm)
            command = command if stated is None else replace(command, age=stated)
            return self._asked_beside_command(norm, command)
        named = self._applied_title(norm) if "报" in norm or "应聘" in norm else None
        if named is not None:
            if len(named) == 1:
                return self._with_refs(norm, False, ("apply",), (0.99,), named[0], apply_command=True)
            return self._with_refs(norm, True, ("apply",), (0.9,), None)
        number = card_number(norm) if digits else None
        if number is not None:
            job = self._index.by_number.get(number)
            return self._with_refs(norm, True, ("jobs",), (0.95,), job.id if job else None, card=True)
        hits = list(self._terms.hits(norm))
        titled = _named_spans(norm, hits, self._titles_lowered, self._title_tails) if hits else []
        if titled:
            hits = _without_named(hits, titled)
        question = is_marked_question(norm, hits, self._lexicon.final_particles)
        names = any(h.term.meaningful for h in hits) or self._companies.has_suffix(norm)
        if not (question or digits or names):
            if "报" in norm and any(signs_up(norm[a:b]) for a, b in clause_spans(norm)):
                # 中 俺报一个: a sign-up in words no topic list holds.
                return self._finish(norm, featured, True, [Scored("apply", 0, BARE)], Refs(), None)
            # The bulk of a stream: a statement that names nothing and holds no topic word.
            return Understanding(norm, False, (), (), None, None, None, standalone=True)
        # Whether a company the catalogue lacks is named matters only to a line that may ask
        # something or names a job, place or employer; for the rest the costly check is skipped.
        careful = question or any(
            h.term.strong or h.term.jobs or h.term.kin_jobs or h.term.city or h.term.employers for h in hits
        )
        refs = find_refs(norm, hits, self._index, self._companies, careful=careful)
        if question and not (refs.numbers or refs.titles or refs.employers or refs.unknown_company):
            # 缝座椅的计件吗: the job described is the one asked about, whichever is on screen.
            featured = self._described(norm, hits) or featured
        age = stated_age(norm) if digits else None
        if (
            core in self._lexicon.chatter
            or self._lexicon.chatter_patterns.any_match(norm)
            or self._roll_call(norm, hits)
        ):
            return self._finish(norm, featured, False, [], refs, age)
        scored = strong_intents(hits)
        if not question:
            # A bare topic (工资, 五险一金, 3号宿舍) is a question; anything else is a statement.
            rest = leftover(norm, hits, refs.number_spans)
            # 两班倒啊, 加班咯: said, not asked
            exclaimed = norm.endswith(("!", "啊", "呀", "哇", "咯", "啰", "哟"))
            who = core in _WHO_ONE_IS  # 外地人, 初中 said alone tell who one is; 外地人? asks
            if scored and not rest and not exclaimed and not who and not self._verdict(norm, hits):
                # 好开！ 合法！ is an exclamation, not a bare topic; so is 骗人 without a question mark.
                scored = [Scored(s.intent, s.position, BARE) for s in scored]
                return self._finish(norm, featured, True, ordered(scored), refs, age)
            if any(signs_up(norm[a:b]) for a, b in clause_spans(norm)) or (
                digits and signs_up_with_contact(norm)
            ):
                # 报名 想去这个厂: a clause that only signs up applies, whatever the others tell.
                return self._finish(norm, featured, True, [Scored("apply", 0, BARE)], refs, age)
            if _WISH.search(norm) and any(h.term.features for h in hits) and not refs.numbers:
                # 我就想找个包吃住的: a wish told is a search all the same.
                wished = self._search(norm, hits, refs)
                return self._finish(norm, featured, True, [Scored("jobs", 0, 0.85)], refs, age, wished)
            return self._finish(norm, featured, False, [], refs, age)
        if self._put_to_people(norm, hits):
            # Put to the streamer or to the other viewers (有人在那干过吗, 主播你累不累).
            return self._finish(norm, featured, True, [Scored("other", 0, 0.5)], refs, age)
        if self._echoed(norm, hits, refs):
            # 什么黑心企业, 什么湖南卫视: the streamer's words repeated in disbelief, not a question.
            return self._finish(norm, featured, True, [Scored("other", 0, 0.5)], refs, age)
        anchored = self._anchored(norm, refs)
        matches = match_patterns(norm, self._lexicon)
        if titled:
            matches = [m for m in matches if not _inside(m.start, m.end, titled)]
        if not anchored and self._about_someone(norm, hits, refs, matches):
            # 嘉然腰疼吗, 骚猪在哪: a weak word said of someone the line names first, not of a job,
            # unless what it names is in the job's catalogue text (装药盒累吗: the duties say 装药盒).
            placed = self._placed(norm, hits, refs, featured)
            if placed is not None:
                return self._by_catalogue(norm, featured, placed, refs, age, "named")
            other = self._finish(norm, featured, True, [Scored("other", 0, 0.5)], refs, age)
            return replace(other, unplaced="named", standalone=self._stands_alone(other, norm, featured))
        talks_to_host = not anchored and any(
            h.term.personal
            and not norm[: h.start].endswith(_OWNERS)
            and not norm[h.end :].startswith(_THEIR_SIDE)
            and _ASKS_THE_HOST.match(norm, h.end) is None
            and not _called_at_end(norm, h)
            and not any(
                o.start <= h.start and h.end <= o.end and o.end - o.start > h.end - h.start for o in hits
            )
            for h in hits
        )
        topical = hits
        if not talks_to_host:
            topical, matches = explained(hits, matches)
        topical, matches = self._without_context(norm, hits, topical, matches)
        if not talks_to_host and _asks_if_taken(norm, topical, matches):
            # 俺一回戏都没演过 中不中, 我脸上有个小疤 行不行: what the asker is or has, told, and
            # whether they are taken with it: who the job takes.
            return self._finish(norm, featured, True, [Scored("requirements", 0, CUE)], refs, age)
        if not (anchored or talks_to_host) and self._mostly_unknown(norm, hits, topical, matches, refs):
            # 怎么哪房间都有喷子，无聊不: a topic word lost among words the lexicon does not know,
            # unless the catalogue knows them (装药盒累吗: the duties say 装药盒).
            placed = self._placed(norm, hits, refs, featured)
            if placed is not None:
                return self._by_catalogue(norm, featured, placed, refs, age, "named")
            other = self._finish(norm, featured, True, [Scored("other", 0, 0.5)], refs, age)
            return replace(other, unplaced="named", standalone=self._stands_alone(other, norm, featured))
        topical = _not_names(norm, _outside_wish(norm, self._not_qualifying(norm, topical, matches)))
        scored = strong_intents(topical)
        if not talks_to_host:
            scored += pattern_intents(matches) + ask_intents(topical)
        if scored:
            # A line already about the job: its weak words ask too (宿舍离厂多远, 夜班有夜宵吗).
            scored += weak_intents(topical, skip_modifiers=True)
            scored += pattern_intents(matches, weak=True)
            scored += self._lone_qualifiers(norm, topical, matches)
        elif not talks_to_host:
            scored = self._weak_only(norm, topical, refs, matches, anchored)
        result = ordered(scored)
        if len(result) > 1:
            result = self._without_follow_ups(norm, topical, hits, result)
            result = self._without_conditions(norm, result)
            result = _without_prices_of_things(norm, hits, result)
            if _CHARGED_FOR.search(norm) and {s.intent for s in result} >= {"apply", "legitimacy"}:
                # 报名要交多少中介费: what applying costs, not how to apply.
                result = [s for s in result if s.intent != "apply"]
        if (
            {s.intent for s in result} == {"pay", "hours"}
            and _EXTRA_RATE.search(norm) is not None
            and _HOURS_ASKED.search(norm) is None
        ):
            # 周末加班几倍, 节假日加班有加班费吗: what working then pays is asked, not when one works.
            result = [s for s in result if s.intent != "hours"]
        if self._couple_housed(norm, topical, result, age):
            # 俺两口子一块去 能住一块不, 夫妻一起去 有房无: where the couple would live is asked, not
            # whether couples are taken.
            result = [s for s in result if s.intent != "requirements"]
        for said_of in ("legitimacy", "requirements"):
            if any(s.intent == said_of for s in result) and self._said_of_a_topic(
                norm, said_of, topical, matches
            ):
                result = [s for s in result if s.intent != said_of]
        if any(s.intent == "requirements" for s in result) and _CARED_FOR_AGE.search(norm) is not None:
            # 老人好大年纪了, 宝宝多大: the age of the one cared for is the work's, not the viewer's.
            kept = [s for s in result if s.intent not in ("requirements", "duties")]
            result = [Scored("duties", 0, CUE), *kept]
        found: tuple[str, ...] = ()
        if [s.intent for s in result] == ["prospects"] and self._doing_the_job_named(norm, hits, matches):
            # 女的能当拉长不 of a 拉长 job: whether one may do the job named, not a rise to it.
            result = [Scored("requirements", result[0].position, CUE)]
        if self._who_may_do(norm, hits, matches, result):
            result = [s for s in result if s.intent != "jobs"]
        if (
            (refs.numbers or refs.employers or refs.titles)
            and any(s.intent == "jobs" for s in result)
            and (taken := _WHO_TAKEN.search(norm)) is not None
        ):
            # 天昱要女工吗: whether the employer or job named takes women asks its requirements.
            kept = [s for s in result if s.intent not in ("jobs", "requirements")]
            result = [Scored("requirements", taken.start(), 0.9), *kept]
        if not talks_to_host and self._hiring_asked_of_job(norm, hits, matches, result):
            result = [s for s in result if s.intent != "jobs"]
        # 俺今年整六十了 十号小工还要不要: with one's age told, whether the job takes one, not
        # whether it still hires.
        hired = (
            None
            if talks_to_host or age is not None
            else self._hiring_for_named_job(norm, hits, matches, refs, result, featured)
        )
        if hired is not None:
            # 前台还招吗: whether the job named still takes people; its card answers it.
            applied = [Scored("apply", 0, 0.85), Scored("jobs", 1, 0.8)]
            return self._finish(norm, featured, True, applied, refs, age, (hired,))
        search = not talks_to_host and self._search_wanted(norm, hits, refs, result)
        if search:
            found = self._search(norm, hits, refs)
            first_end = next((b for a, b in clause_spans(norm)), len(norm))  # where a search tells its wish
            feature_intents = {i for h in hits if h.term.features for i in (*h.term.strong, *h.term.weak)}
            # A weak word in a search names the wish, not a second question (大学生做什么兼职好).
            rest_intents = [
                s
                for s in result
                if s.intent not in feature_intents
                and s.intent != "jobs"
                and s.confidence > WEAK
                and (s.position < first_end or self._asks_at(norm, s.position))
                and not any(
                    m.start <= s.position < m.end
                    and (s.intent != "requirements" or "不" in norm[m.start : m.end])
                    for m in matches
                    if "jobs" in m.intents
                )
            ]  # 有没有不用送货的: the wish names no second question; who may do it (年纪大点) asks;
            # 不想去外地 after it only tells why
            result = [Scored("jobs", 0, 0.85), *rest_intents]
        elif (
            not result
            and not talks_to_host
            and refs.cities
            and not (refs.employers or refs.numbers or refs.titles)
            and not self._rest(norm, hits, refs.number_spans)
        ):
            # A place and nothing else (在苏州吗, 有嘉兴的吗) asks where; 什么湖南卫视 names a channel.
            result = [Scored("location", 0, 0.6)]
        year = _BORN.search(norm) if age is None else None
        born = year is not None and not norm[: year.start()].endswith(("你", "他", "她"))
        context = (
            _age_as_context(norm, result, lambda a, b: self._clause_asks(norm, a, b))
            if age is not None
            else None
        )
        if context is not None:
            # 俺今年四十三 开了十来年大车 想问问…一个月能挣多少钱: the age tells who asks, the question
            # is the other clause's.
            result = [
                s
                for s in result
                if not (s.intent == "requirements" and context[0] <= s.position < context[1])
            ]
        elif (born and (anchored or _BORN_FIT.search(norm))) or (
            age is not None and (len(norm) <= _BARE_AGE or anchored or _FIT.search(norm))
        ):
            # A stated age asks whether one qualifies; a search stays a search (我40了有啥活).
            lead = result[:1] if result[:1] and result[0].intent == "jobs" else []
            others = [s for s in result[len(lead) :] if s.intent != "requirements"]
            # 包不包吃住 她今年45了还能不能去: asked after another question, the age comes second.
            told = year.start() if born and year is not None else _age_at(norm)
            before = [s for s in others if s.position < told]
            after = [s for s in others if s.position >= told]
            result = [*lead, *before, Scored("requirements", -1 if not before else told, 0.8), *after]
        if (
            not result
            and (refs.numbers or refs.titles)
            and _HOW_MUCH.search(norm)
            and not self._rest(norm, hits, refs.number_spans)
        ):
            # A job and 多少 alone (8号焊工多少, 3号多少): what it pays.
            result = [Scored("pay", 0, CUE)]
        if not result and not talks_to_host and self._can_do_title(norm, hits):
            # 我机电专业的 能做技术员吗: whether the viewer may do the job named.
            result = [Scored("requirements", 0, CUE)]
        if not result and not talks_to_host and (refs.titles or refs.numbers):
            what = _WHAT_IS.match(norm)
            if what is not None and not self._rest(norm, hits, refs.number_spans, (0, what.end("head"))):
                # 线束是啥, 贴片是什么意思: a job's name and what it is, nothing else: its work.
                result = [Scored("duties", 0, CUE)]
        if not result and not talks_to_host and self._anchored(norm, refs, brands=False):
            # A brand alone (我苹果手机能抽华为吗) is a product, not a workplace: no cue then.
            cue = self._cue_intent(norm, hits)
            if cue is not None:
                result = [Scored(cue, 0, CUE)]
        if not result and digits and not talks_to_host and not refs.numbers:
            echoed = self._figure_echoed(norm, refs, featured)
            if echoed is not None:
                # 200一个月？ with a dorm fee of 200 on screen: a figure of the job said back in doubt.
                result = [Scored(echoed, 0, CUE)]
        if not result and not talks_to_host:
            # 组装是拧螺丝吗, 要穿洁净服吗: words only one topic of the job's catalogue text holds.
            placed = self._placed(norm, hits, refs, featured)
            if (
                placed is not None
                and not self._of_the_streamer(norm, refs, [Scored(placed[0], 0, CUE)])
                and _HOW_COME.search(norm) is None
            ):
                misread = _domain_words(hits, refs)
                return self._by_catalogue(norm, featured, placed, refs, age, "words", misread)
        if not result and not talks_to_host and self._asks_a_task(norm, hits, refs, featured):
            # 下雨也要送吗, 是送外卖还是送快递: a task of the job named by its verb asks the work;
            # so does failing at it (看不懂图纸咋办).
            result = [Scored("duties", 0, CUE)]
        if not result and not talks_to_host and self._yes_or_no_of_a_named_job(norm, hits, refs):
            # 线束要看图纸吗, 喷漆是喷家具吗: a yes or no put to a job named, in words of its own.
            result = [Scored("duties", 0, CUE)]
        if result and self._of_the_company(norm, refs, result):
            # 德胜是做什么的, 驿捷有几个厂: what the company makes or how big it is, not a job's work.
            return self._finish(norm, featured, True, [Scored("other", 0, 0.5)], refs, age)
        if result and self._shopping(norm, refs, result):
            # 3号链接多少钱, 直播一天能挣多少: goods of a shopping stream or streaming, no job at all.
            return self._finish(norm, None, True, [Scored("other", 0, 0.5)], Refs(), age)
        if result and (
            self._of_the_streamer(norm, refs, result)
            or self._of_someone_else(norm, refs, result)
            or self._a_meal(norm, hits, result)
            or _HOW_COME.search(norm) is not None
            or self._of_one_day(norm, hits, refs, result)
            or self._by_now(norm, hits, refs, result)
            or self._spent(norm, hits, refs, result, featured in self._weighed)
            or self._earned(norm, hits, result)
            or self._fee_of_something_else(norm, hits, refs, result)
            or is_aside(norm, hits, refs, result, self._index.city_names, self._titles)
        ):
            # 你几点下班, 你学的什么专业: the streamer's own day or life, not the job's; 今天吃的什么:
            # someone's meal; 怎么就累了: how come, not what the job is; 明天休息吗: someone's day;
            # 多少钱买的: a price paid; 多少钱一盒, 重庆哪里的, 开店要多少钱: goods, a hometown, a shop.
            other = self._finish(norm, featured, True, [Scored("other", 0, 0.5)], refs, age)
            if featured is None and self._weighed and _SPENT.search(norm) is not None:
                # 一公斤多少钱 reads again with the job on screen: one paid by the kilo is asked its rate.
                return replace(other, standalone=False)
            return other
        if not result:
            if norm.startswith(_TO_A_VIEWER):
                # Put to another viewer by name (@阿强 你去不去) and asking nothing of the job.
                return self._finish(norm, featured, False, [], refs, age)
            if len(core) >= 2 and not self._only_chatter(core):
                other = self._finish(norm, featured, True, [Scored("other", 0, 0.5)], refs, age)
                # With no job on screen yet, the same words may still be placed once one is.
                standalone = self._stands_alone(other, norm, featured)
                return replace(
                    other, misread=_domain_words(hits, refs), unplaced="words", standalone=standalone
                )
            return self._finish(norm, featured, False, [], refs, age)
        if (
            {s.intent for s in result} == {"legitimacy"}
            and _TO_HOST.match(norm)
            and not self._anchored(norm, refs)
        ):
            # 主播你们收中介费吗: put to the streamer's side, about who recruits rather than a job.
            return replace(self._finish(norm, None, True, result, refs, age, found), to_host=True)
        if (
            talks_to_host
            and {s.intent for s in result} == {"apply"}
            and any(word in norm for word in _OWN_CONTACTS)
        ):
            # 主播vx多少: the streamer's own contact, asked to apply through; it names no job.
            return replace(self._finish(norm, None, True, result, refs, age, found), to_host=True)
        return self._finish(norm, featured, True, result, refs, age, found)

    @staticmethod
    def _couple_housed(norm: str, topical: list[Hit], result: list[Scored], age: int | None) -> bool:
        """Whether a couple going together asks only where they would live: the line asks its dorm
        in words of its own (住一块, 夫妻房, 有房), and no word asks who is taken."""
        if {s.intent for s in result} != {"requirements", "dorm"} or age is not None:
            return False
        if _AGE_MENTION.search(norm) is not None:
            return False  # 他50了 能住一起吗: whether he is taken at his age is asked too
        if _COUPLE.search(norm) is None or _HOUSED.search(norm) is None:
            return False
        return not any("requirements" in (*h.term.strong, *h.term.weak, *h.term.ask) for h in topical)

    def _placed(self, norm: str, hits: list[Hit], refs: Refs, featured: str | None) -> tuple[str, str] | None:
        """The topic a question's own words place it in, read from the catalogue text of the job it
        is about (the words naming jobs, employers and places left out), and the words that placed
        it; None when none does."""
        job = resolve_job(refs, self._index, featured, True)
        if job is None:
            return None
        bare = norm.lower()
        for h in hits:
            term = h.term
            if term.jobs or term.kin_jobs or term.employers or term.city or term.title or term.company:
                bare = bare[: h.start] + " " * (h.end - h.start) + bare[h.end :]
        return self._words.place(job, bare)

    def _stands_alone(self, other: Understanding, norm: str, featured: str | None) -> bool:
        """Whether a line read as no topic reads the same whatever job is on screen: not when,
        with none on screen, some job's catalogue text may still place it once one is, or it asks a
        task of whatever job is on screen (要爬楼吗) or says one of its figures back (200一个月？)."""
        if not other.standalone:
            return False
        if featured is not None:
            return True
        return not (
            self._words.could_place(norm.lower())
            or _MUST_DO.search(norm)
            or _IS_TASK.search(norm)
            or _COPING.search(norm)
            or _FIGURE_ECHO.match(norm)
        )

    def _by_catalogue(
        self,
        norm: str,
        featured: str | None,
        placed: tuple[str, str],
        refs: Refs,
        age: int | None,
        unplaced: str,
        misread: bool = False,
    ) -> Understanding:
        """A question placed by the catalogue's words: its topic and those words, and how the
        lexicon alone left it (`unplaced`, `misread`), which decides how it is answered."""
        intent, piece = placed
        found = self._finish(norm, featured, True, [Scored(intent, 0, CUE)], refs, age)
        return replace(found, placed_by=piece, unplaced=unplaced, misread=misread)

    @staticmethod
    def _yes_or_no_of_a_named_job(norm: str, hits: list[Hit], refs: Refs) -> bool:
        """Whether a question names one job by its title and nothing else, and asks yes or
        no, or which of two, of it (SMT要上料吗, 分拣快递重吗): of its work. Not of a person, a place,
        a company or a time (3号是鸿芯的吗, 线束在哪, 叉车几点下班)."""
        if not refs.titles or refs.numbers or refs.two_jobs:
            return False  # 16号有空吗, 第二个能不能一边去: a day or an order, more often than a job
        if refs.employers or refs.cities or refs.unknown_company:
            return False
        named = [
            h.start
            for h in hits
            if (h.term.jobs or h.term.kin_jobs or h.term.title) and norm[h.start : h.end] not in _GEAR
        ]
        if not named or min(named) > _JOB_FIRST:
            return False  # the job opens the question (SMT要上料吗); named in passing, it is chat
        return _YES_OR_NO.search(norm) is not None and _NOT_OF_THE_WORK.search(norm) is None

    def _described(self, norm: str, hits: list[Hit]) -> str | None:
        """The job a question opens by describing what it does (缝座椅的计件吗, 包药那个坐着吗), when
        one job's names and work fit the description best and no topic word is in it; else None."""
        pointed = _POINTED_AT.match(norm)
        if pointed is None or pointed["doing"][0] not in _DOING_VERBS:
            return None  # 主播用的什么手机: what someone uses, not a job by what it does
        end = pointed.end("doing")
        if any(h.start < end and (h.term.meaningful or h.term.features) for h in hits):
            return None  # 包吃住的工资多少: a wish searched for, not a job described
        return self._words.described(pointed["doing"])

    def _figure_echoed(self, norm: str, refs: Refs, featured: str | None) -> str | None:
        """The topic of the job in question whose facts hold the figures a line says back in doubt
        and nothing else (200一个月？, 18到45？, 1.5倍？); None when no one topic holds them."""
        echo = _FIGURE_ECHO.match(norm)
        if echo is None:
            return None
        job = resolve_job(refs, self._index, featured, True)
        if job is None:
            return None
        figures = [f for f in (echo["low"], echo["high"]) if f is not None]
        return self._words.place_figures(job, [figure(float(f)) for f in figures])

    def _asks_a_task(self, norm: str, hits: list[Hit], refs: Refs, featured: str | None) -> bool:
        """Whether a question no word placed asks a task of the job it is about by the task's verb:
        whether it must be done (下雨也要送吗), said of no person (他要送吗, 我要送一个花海吗), or
        whether the work is it (8号是送外卖的吗), said of the job alone (奶盖睫毛是贴的吗: a thing),
        or how one copes failing at it (看不懂图纸咋办)."""
        coping = _COPING.search(norm)
        must = _MUST_DO.search(norm)
        if coping is not None:
            if "你" in norm[: coping.start()]:
                return False
        elif must is not None:
            before = norm[: must.start()]
            if len(before) > _TASK_LEAD or any(ch in before for ch in "你他她我俺咱"):
                return False
            if must["asks"] is None and len(must["modal"]) < 3:
                return False  # 要洗 tells; 要洗吗, 要不要洗 ask
            named = refs.numbers or refs.titles or before[1:].endswith(("也", "还", "都"))
            if not named and (len(must["object"]) < _TASK_OBJECT or must["verb"] not in _HARD_LABOUR):
                return False  # 要洗吗 is asked of anything; 要洗厕所吗, 8号要巡逻吗, 下雨也要送吗 of the job
        else:
            task = _IS_TASK.search(norm)
            if task is None:
                return False
            cut = task.start()
            head = list(norm[:cut])
            names = [
                (h.start, h.end)
                for h in hits
                if h.term.jobs or h.term.kin_jobs or h.term.title or h.term.employers
            ]
            for a, b in [*names, *refs.number_spans]:
                if a < cut:
                    head[a : min(b, cut)] = " " * (min(b, cut) - a)
            if "".join(head).replace(" ", "") not in _TASK_HEADS:
                return False
        return resolve_job(refs, self._index, featured, True) is not None

    @staticmethod
    def _roll_call(norm: str, hits: list[Hit]) -> bool:
        """Whether the line calls the viewers from a place (成都人在哪, 四川人呢): chat among them."""
        call = _ROLL_CALL.match(norm)
        return call is not None and any(h.term.city and h.start == call.start(1) for h in hits)

    def _applied_title(self, norm: str) -> tuple[str, ...] | None:
        """The jobs of the title an application names (报名电工), or None when it names no title.

        One job: the application is for it. Several: it applies to none of them, and asks how to
        apply (the viewer is told to give the number)."""
        title = apply_title(norm)
        term = self._terms.terms.get(title) if title is not None else None
        if term is None or not (term.jobs or term.kin_jobs):
            return None
        return term.jobs or term.kin_jobs

    def _put_to_people(self, norm: str, hits: list[Hit]) -> bool:
        """Whether an `other_patterns` match holds every strong word (宿舍冬天冷不冷 asks about the dorm),
        or the line names someone by a pet name (然然吃的啥, 晚晚能学猫叫吗: a streamer or a friend)."""
        if self._names_a_pet(norm, hits):
            return True
        # A polite opening (请问有没有人在那干过) is read past: the patterns see what follows it.
        lead = _POLITE.match(norm)
        skip = lead.end() if lead else 0
        for pattern in self._lexicon.other_patterns.candidates(norm):
            offset = skip
            match = pattern.search(norm[skip:]) if skip else None
            if match is None:
                match, offset = pattern.search(norm), 0
            if match is not None:
                start, end = match.start() + offset, match.end() + offset
                if any(h.term.jobs and h.start <= start and end <= h.end for h in hits):
                    continue  # 播 of 助播, a job of the catalogue: not the streaming of the streamer
                if all(start <= h.start and h.end <= end for h in hits if h.term.strong):
                    return True
        return False

    @staticmethod
    def _of_the_streamer(norm: str, refs: Refs, result: list[Scored]) -> bool:
        """Whether the line asks the streamer about their own life (你休息吗, 你有纹身吗) and names no
        job, employer, place nor workplace; what they have (你有…) only when it is about who they are."""
        opening = _OF_THE_STREAMER.match(norm)
        if opening is None or refs.numbers or refs.employers or refs.titles or refs.cities:
            return False
        if refs.unknown_company or any(word in norm for word in (*_WORKPLACE, *_EMPLOYER_VERBS)):
            return False
        intents = {s.intent for s in result}
        if not intents <= _OWN_LIFE:
            return False
        return opening.group(1) is None or intents == {"requirements"}

    @staticmethod
    def _of_someone_else(norm: str, refs: Refs, result: list[Scored]) -> bool:
        """Whether the line asks about a third person's own life (他是干嘛的, 她在哪上班, 他几点下班) and
        names no job, employer, place nor workplace; whether he may do the work (他能去吗) stays."""
        if _SOMEONE_ELSE.match(norm) is None or refs.numbers or refs.employers or refs.titles or refs.cities:
            return False
        if refs.unknown_company or any(
            word in norm for word in (*_WORKPLACE, *_EMPLOYER_VERBS, *_GOING_THERE)
        ):
            return False
        return {s.intent for s in result} <= _OWN_LIFE - {"requirements"}

    @staticmethod
    def _of_the_company(norm: str, refs: Refs, result: list[Scored]) -> bool:
        """Whether a question of the work or of the jobs asks about a company named without a job:
        its trade (德胜是做什么的, 驿捷是干嘛的公司) or its plants (德胜有几个厂)."""
        if not (refs.employers or refs.unknown_company) or refs.numbers or refs.titles:
            return False
        intents = {s.intent for s in result}
        if not intents <= {"duties", "jobs"} or any(word in norm for word in _THE_WORK):
            return False
        return _TRADE.search(norm) is not None

    def _shopping(self, norm: str, refs: Refs, result: list[Scored]) -> bool:
        """Whether the line asks about goods named by their number (3号链接多少钱) or about streaming as a
        trade (直播一天能挣多少), naming no employer nor workplace: a shopping or streaming question.
        Streaming is a job's own work where the catalogue recruits for it (直播助理: 只在学校帮社团直播过
        算有经验吗 asks its experience)."""
        found = _SHOPPING.search(norm)
        if found is None or refs.employers or refs.titles or refs.unknown_company:
            return False
        said = found.group(0)
        if not said[0].isdigit() and (
            self._words.writes(said) or any(said in job.title for job in self._index.catalog.jobs)
        ):
            return False
        if not {s.intent for s in result} <= _OWN_LIFE | {"jobs"}:
            return False
        return not any(word in norm for word in _WORKPLACE)

    def _fee_of_something_else(self, norm: str, hits: list[Hit], refs: Refs, result: list[Scored]) -> bool:
        """Whether the line asks what doing something the lexicon does not know costs (上麦要钱吗, 进群要钱吗,
        加粉丝团要钱吗) and names no job, employer, place, workplace nor the employer's side: the fee of
        that, not of getting the job (要钱吗, 报名要不要钱, 你们这要钱吗 ask whether the recruiting takes
        one; 工服要钱吗 asks what the job charges for)."""
        if {s.intent for s in result} != {"legitimacy"} or self._anchored(norm, refs):
            return False
        if refs.cities or any(word in norm for word in (*_THIS_JOB, "那边", "那里")):
            return False
        fees = [(h.start, h.end) for h in hits if "legitimacy" in (*h.term.strong, *h.term.weak, *h.term.ask)]
        fees += [(m.start, m.end) for m in match_patterns(norm, self._lexicon) if "legitimacy" in m.intents]
        if not fees or any(norm[a:b] not in _FEES for a, b in fees):
            return False
        first = min(a for a, b in fees)
        start = max((a for a, b in clause_spans(norm) if a <= first), default=0)
        rest = self._rest(norm, hits, [], (start, first)).strip("不没")
        return len(rest) >= 2 and rest.startswith(_DOINGS)

    @staticmethod
    def _earned(norm: str, hits: list[Hit], result: list[Scored]) -> bool:
        """Whether a question of money asks what someone has made (他不是挣了一万吗, 你挣了多少) with no
        word of a job's pay (上个月拿了多少工资) nor a workplace."""
        if {s.intent for s in result} != {"pay"} or _EARNED.search(norm) is None:
            return False
        if any(word in norm for word in _WORKPLACE):
            return False
        return not any("pay" in h.term.strong for h in hits)

    @staticmethod
    def _spent(norm: str, hits: list[Hit], refs: Refs, result: list[Scored], by_weight: bool = False) -> bool:
        """Whether a question of money asks what something cost (多少钱买的, 一个月花多少钱, 一晚多少钱)
        with no word of a job's pay or shifts (工资, 夜班一晚上多少钱) and no job named (10号陪夜的一晚多少钱
        asks the job's pay); `by_weight`: the job on screen is paid by the jin or kilo, so a price of a
        weight is its piece rate."""
        if refs.numbers or refs.titles:
            return False
        spent = _SPENT.search(norm) if {s.intent for s in result} == {"pay"} else None
        if spent is None:
            return False
        if any(m in spent.group(0) for m in _BY_WEIGHT) and (
            by_weight or any(ch in _PICKING for ch in norm[: spent.start()])
        ):
            return False  # 摘棉花一斤多少钱, or 一公斤多少钱 of a job paid by the kilo: its piece rate
        return not any({"pay", "hours"} & set(h.term.strong) for h in hits)

    @staticmethod
    def _by_now(norm: str, hits: list[Hit], refs: Refs, result: list[Scored]) -> bool:
        """Whether the line asks whether something has happened by now (放假了吗, 发工资了吗, 空调开了吗)
        and names no job, employer, place, workplace nor the dorm or canteen as a place
        (宿舍里装空调了吗 asks about the dorm): someone's day, as 今天加班吗 is."""
        closing = _BY_NOW.search(norm)
        if closing is None or not {s.intent for s in result} <= _BY_NOW_TOPICS:
            return False
        if refs.numbers or refs.employers or refs.titles or refs.cities or refs.unknown_company:
            return False
        if any(word in norm for word in _WORKPLACE):
            return False
        topical = [h for h in hits if h.term.strong or h.term.weak or h.term.ask]
        closed = [h for h in topical if 0 <= closing.start() - h.end <= 1]
        places = [h for h in topical if {"dorm", "canteen"} & set(h.term.strong) and h not in closed]
        return bool(closed) and not places

    @staticmethod
    def _of_one_day(norm: str, hits: list[Hit], refs: Refs, result: list[Scored]) -> bool:
        """Whether the line asks about the hours or the work of one particular day (今天加班吗, 明天休息吗,
        今天累不累), or the day's gifts of a stream (今天有什么福利), and names no job, employer, place
        nor workplace: someone's day, not the job's."""
        if _ONE_DAY.search(norm) is None:
            return False
        intents = {s.intent for s in result}
        gifts = intents == {"pay"} and "福利" in norm and not any(w in norm for w in ("工资", "待遇", "薪"))
        if not (intents <= {"hours", "duties"} or gifts):
            return False
        if refs.numbers or refs.employers or refs.titles or refs.cities or refs.unknown_company:
            return False
        return not any(word in norm for word in (*_WORKPLACE, *_EMPLOYER_VERBS))

    @staticmethod
    def _a_meal(norm: str, hits: list[Hit], result: list[Scored]) -> bool:
        """Whether the line asks about someone's meal of one day (今天吃的什么, 吃啥了) with no word of a
        canteen (食堂今天吃什么 asks about it)."""
        meal = _A_MEAL.search(norm) if {s.intent for s in result} == {"canteen"} else None
        if meal is None:
            return False
        a, b = meal.span()
        # 休息那天在食堂吃 names the canteen inside the meal's words; 吃饭 there is the meal itself, and
        # 没戏那天吃饭咋弄 asks how the meals of such days are had
        return not any(
            "canteen" in h.term.strong and not (a <= h.start < b and norm[h.start] == "吃" and h.end <= b + 1)
            for h in hits
        )

    def _verdict(self, norm: str, hits: list[Hit]) -> bool:
        """Whether a bare topic is only words that judge (骗人, 有毒, 很合法) with no question mark."""
        strong = [norm[h.start : h.end] for h in hits if h.term.strong]
        if "?" in norm or not strong:
            return False
        # 上夜班伤身体: closed by a word that judges, the line says what it thinks of the topic
        return all(w in self._lexicon.verdicts for w in strong) or norm.rstrip("!.~ ").endswith(
            tuple(self._lexicon.verdicts)
        )

    @staticmethod
    def _names_a_pet(norm: str, hits: list[Hit]) -> bool:
        """Whether the line names someone by a doubled pet name (然然吃的啥, 把然然留下来加班吧,
        能不能不要来伤害然然啊): a streamer, a friend or a pet, not a job. A doubled ordinary word
        (天天, 宝宝), laughter (嗯嗯), a longer run (牛牛牛), a little (一滴滴) or a pair inside a
        known word (普工工资) is no name."""
        for pet in _PET_NAME.finditer(norm):
            start, end = pet.span()
            if (
                pet.group(0) in _DOUBLED_WORDS
                or pet.group(1) in LAUGHTER
                or (start > 0 and norm[start - 1] in (pet.group(1), "一"))  # 一滴滴, 一丢丢: a little
                or (norm.startswith("的", end) and pet.group(1) in _SAID_TWICE)  # 瘦瘦的: how, not who
                or _AABB.match(norm, start) is not None  # 磕磕碰碰, 干干净净: a doubled pair of words
                or (start >= 2 and _AABB.match(norm, start - 2) is not None)
                or any(h.start < end and start < h.end and h.term.meaningful for h in hits)
                or any(h.start < start < h.end or start < h.start < end < h.end for h in hits)
            ):
                continue  # 现在在老家: the pair straddles two words
            return True
        return False

    def _mostly_unknown(
        self, norm: str, hits: list[Hit], topical: list[Hit], matches: list[PatternMatch], refs: Refs
    ) -> bool:
        """Whether the words the lexicon does not know outweigh the topic words by far (a chat line
        that happens to hold one), in a line that names no job, employer or place."""
        if refs.numbers or refs.employers or refs.titles or refs.cities or refs.unknown_company:
            return False
        if refs.from_elsewhere:
            return False  # 西安过去远不远: where the viewer sets out from is no unknown word
        if any(h.term.strong for h in topical) or any(not m.weak for m in matches):
            return False  # a strong topic word asks whatever surrounds it (我上次被中介坑了 这个靠谱吗)
        wish = _HAS_WISH.search(norm)
        if wish is not None and any(h.term.features and h.start >= wish.start() for h in hits):
            return False  # 我腰不好有没有轻松点的: a wish searched for, whatever the viewer tells first
        topic = sum(h.end - h.start for h in topical if h.term.strong or h.term.weak or h.term.ask)
        topic += sum(m.end - m.start for m in matches)
        spans = [*refs.number_spans, *pattern_spans(matches)]
        starts = [h.start for h in topical if h.term.weak or h.term.ask] + [m.start for m in matches]
        asking = self._asking_clauses(norm, hits)
        if (
            asking is not None
            and not any(a <= start < b for start in starts for a, b in asking)
            and sum(len(self._rest(norm, hits, spans, clause)) for clause in asking) > LEFTOVER
        ):
            # 能不能让我们嘉宝坐一会 站着太累了: the topic words only tell, and the clause that asks
            # asks something of its own (12个小时啊 每天吗 asks about the hours).
            return True
        # Only the clauses that hold the topic words count: 俺会踩缝纫机 一件给多少 tells, then asks.
        rest = "".join(
            self._rest(norm, hits, spans, (a, b))
            for a, b in spoken_spans(norm)
            if any(a <= start < b for start in starts)
        )
        rest = _WHEN.sub("", rest)
        return len(rest) >= UNKNOWN_MIN and len(rest) > UNKNOWN_RATIO * topic

    def _about_someone(self, norm: str, hits: list[Hit], refs: Refs, matches: list[PatternMatch]) -> bool:
        """Whether a question with no strong topic word opens by naming someone or something the
        lexicon does not know, right before its first weak word (骚猪在哪, 9毫米是干嘛的, 孩子几岁):
        the weak word is then said of that subject, not asked about a job. Whether someone may do
        the work (阿姨60了能干不) is asked of whoever is named."""
        if refs.numbers or refs.employers or refs.titles or refs.cities or refs.unknown_company:
            return False
        if refs.from_elsewhere:
            return False
        first: Hit | None = None
        for h in hits:
            term = h.term
            if term.strong:
                return False
            if first is None and (term.weak or term.ask) and not term.qualifier:
                first = h
        if first is None or first.start < 2:
            return False
        if any(not m.weak for m in matches):
            return False  # 超载罚款谁出: a phrasing the lexicon reads as a question of the job
        lead = _POLITE.match(norm)
        start = lead.end() if lead else 0
        if start >= first.start:
            return False
        rest = self._rest(norm, hits, [], (start, first.start))
        opening = norm[start : first.start]
        subject = opening.rstrip("的")
        if len(subject) >= 2 and subject in self._titles:
            return False  # 驳船多少钱, 见习的多少钱: a part of a job's title names that job
        # 老6, 99: a name of digits (no job's number is named); 双11 is a day
        digits = len(opening) if _NUMBER_NAME.fullmatch(opening) else 0
        if (
            any(modal in opening for modal in _LEAD_MODALS)
            or opening.startswith(_LEAD_TIMES)
            or len(rest) + digits < 2
            or any(ch in opening for ch in _SELF_OR_PLACE)
            or opening.startswith("有")
            or (rest[-1:] in _PLACE_END_CHARS and not self._priced(norm, first, rest))
            or rest.endswith(_WORKPLACE_HOMES)
            or stated_age(norm) is not None
            or _WHEN.search(opening) is not None
            or _AGE_MENTION.search(opening) is not None
            or ("requirements" in (*first.term.weak, *first.term.ask) and _FIT.search(norm) is not None)
            or (opening[:1] in WORK_VERBS and {*first.term.weak, *first.term.ask} == {"duties"})
        ):
            return False
        # Only the shape subject + weak word (+ particles): 员工在店里吃饭是免费的吗 asks on.
        after = self._rest(norm, hits, [], (first.end, len(norm)))
        return not after and not any(h.term.personal for h in hits if h.end <= first.start)

    @staticmethod
    def _priced(norm: str, first: Hit, rest: str) -> bool:
        """Whether a thing named before 多少钱 is goods being priced (衣服多少钱, 耳机多少钱), not
        work nor a workplace (这个活多少钱)."""
        return norm[first.start : first.end] in _PRICE_WORDS and rest[-1] not in _WORK_ENDS

    def _lone_qualifiers(self, norm: str, topical: list[Hit], matches: list[PatternMatch]) -> list[Scored]:
        """A word that only qualifies (试用期, 转正后) asks of its own in a clause that asks and holds
        no other topic (有五险一金吗 试用期多久 asks how long the probation is too)."""
        found: list[Scored] = []
        clauses = clause_spans(norm)
        if len(clauses) < 2:
            return found
        for h in topical:
            if not (h.term.qualifier and h.term.weak) or h.term.strong or "requirements" in h.term.weak:
                continue  # who asks (宝妈问下) tells, it does not ask
            a, b = next(((a, b) for a, b in clauses if a <= h.start < b), (0, len(norm)))
            others = any(
                a <= o.start < b and o is not h and (o.term.strong or o.term.weak or o.term.ask)
                for o in topical
            ) or any(a <= m.start < b for m in matches)
            inside = [Hit(o.start - a, o.end - a, o.term) for o in topical if a <= o.start and o.end <= b]
            asks = norm[b : b + 1] == "?" or is_marked_question(
                norm[a:b], inside, self._lexicon.final_particles
            )
            if not others and asks and not self._rest(norm, topical, [], (a, b)):
                found += [Scored(i, h.start, WEAK) for i in h.term.weak]
        return found

    @staticmethod
    def _who_may_do(norm: str, hits: list[Hit], matches: list[PatternMatch], result: list[Scored]) -> bool:
        """Whether a search word only names the work someone asks they may do (学生能做兼职吗 asks
        whether a student qualifies, not which part-time jobs there are): a phrase of who may do it
        comes first, and nothing searches (有, 哪, 找, 推荐)."""
        intents = {s.intent for s in result}
        if not {"jobs", "requirements"} <= intents or any(lead in norm for lead in _SEARCH_LEADS):
            return False
        if any(word in norm for word in ("什么", "啥", "哪")):
            return False  # 女的能干什么岗位: which work, a search
        who = [m.start for m in matches if "requirements" in m.intents and not m.weak]
        wanted = [h.start for h in hits if "jobs" in (*h.term.strong, *h.term.weak, *h.term.ask)]
        wanted += [m.start for m in matches if "jobs" in m.intents]
        return bool(who) and bool(wanted) and min(who) < min(wanted)

    @staticmethod
    def _can_do_title(norm: str, hits: list[Hit]) -> bool:
        """Whether the line asks whether one may do a job it names by its title (能做技术员吗)."""
        for h in hits:
            titled = h.term.jobs or h.term.kin_jobs or h.term.title
            if titled and norm[: h.start].endswith(_CAN_DO) and _ONLY_ASKS.match(norm, h.end):
                return True
        return False

    @staticmethod
    def _without_follow_ups(
        norm: str, topical: list[Hit], hits: list[Hit], result: list[Scored]
    ) -> list[Scored]:
        """The intents less those first asked in a later clause that goes on about a topic an
        earlier clause asked by a strong word (宿舍几人间？离厂远吗？: how far the dorm is)."""
        clauses = clause_spans(norm)
        if len(clauses) < 2:
            return result
        first_strong: dict[str, int] = {}
        for h in topical:
            for i in h.term.strong:
                first_strong.setdefault(i, h.start)

        def follow_up(s: Scored) -> bool:
            if s.intent in first_strong:
                return False
            a, b = next(((a, b) for a, b in clauses if a <= s.position < b), (0, len(norm)))
            if a > 0 and norm[a:b] in _DOUBTS and first_strong:
                return True  # 时薪21？真的假的: doubts the fact just named, asks nothing new
            if (
                s.intent == "pay"
                and a > 0
                and _PRICE_ONLY.match(norm[a:b].strip(" ,.?!~"))
                and any(first_strong.get(i, b) < a for i in _PRICED_TOPICS)
            ):
                return True  # 有夫妻房吗 多少钱: the price of what was just asked, not the pay
            return any(
                a <= h.start < b and any(first_strong.get(i, b) < a for i in h.term.weak)
                for h in hits
                if not h.term.strong
            )

        return [s for s in result if not follow_up(s)]

    def _clause_asks(self, norm: str, a: int, b: int) -> bool:
        """Whether the clause from `a` to `b` asks something (a question mark after it, or what marks
        a question within it)."""
        clause = norm[a:b]
        return norm[b : b + 1] == "?" or is_marked_question(
            clause, self._terms.hits(clause), self._lexicon.final_particles
        )

    def _asks_at(self, norm: str, position: int) -> bool:
        """Whether the clause holding `position` asks something."""
        a, b = next(((a, b) for a, b in clause_spans(norm) if a <= position < b), (0, len(norm)))
        return self._clause_asks(norm, a, b)

    def _without_conditions(self, norm: str, result: list[Scored]) -> list[Scored]:
        """The intents less those only of a clause that sets a condition and asks nothing (礼拜天要是
        出车 给加钱不, 周末加班的话 有加班费吗: the pay for it is asked, not the rest days), while
        another clause asks."""
        clauses = clause_spans(norm)
        if len(clauses) < 2:
            return result

        def condition(s: Scored) -> bool:
            a, b = next(((a, b) for a, b in clauses if a <= s.position < b), (0, len(norm)))
            clause = norm[a:b]
            return _CONDITION.search(clause) is not None and not is_marked_question(
                clause, self._terms.hits(clause), self._lexicon.final_particles
            )

        kept = [s for s in result if not condition(s)]
        return kept if kept and len(kept) < len(result) else result

    @staticmethod
    def _not_qualifying(norm: str, topical: list[Hit], matches: list[PatternMatch]) -> list[Hit]:
        """The topic words less the weak words that only say when or of what part a strong word of
        another topic in their clause asks (周末能去面试吗 asks about the interview alone), or that
        go on about a topic another clause asks (宿舍几人间？离厂远吗？ asks about the dorm alone)."""
        clauses = clause_spans(norm)
        # A fee or a condition word (吃饭怎么收费) asks about the weak word's topic instead.
        said_of = _FEES | _CONDITIONS
        strong = [h for h in topical if h.term.strong and norm[h.start : h.end] not in said_of]

        asked = {i for h in strong for i in h.term.strong}

        def qualifies(hit: Hit) -> bool:
            if hit.term.strong or hit.term.ask or not hit.term.weak or asked & set(hit.term.weak):
                return False
            a, b = next(((a, b) for a, b in clauses if a <= hit.start < b), (0, len(norm)))
            if any(
                a <= h.start < b
                and (h.end <= hit.start or hit.end <= h.start)  # 怎么去你们那: one phrase, not two
                and not set(h.term.strong) & set(hit.term.weak)
                for h in strong
            ):
                return True
            # 宿舍几人间？离厂远吗？: a clause whose weak words go on about a topic already asked
            # (离厂, of the dorm) asks nothing new with its other weak words (远吗).
            return any(a <= h.start < b and asked & set(h.term.weak) for h in topical if not h.term.strong)

        kept = [h for h in topical if not qualifies(h)]

        def same_clause(one: int, other: int) -> bool:
            return any(a <= one < b and a <= other < b for a, b in clauses)

        # 宿舍冬天冷不冷: how the dorm or the canteen is (cold, loud) is not the work's conditions.
        places = [h.start for h in kept if {"dorm", "canteen"} & set(h.term.strong)]
        kept = [
            h
            for h in kept
            if not (
                h.term.strong == ()
                and set(h.term.weak + h.term.ask) in ({"duties"}, {"location"})
                and any(a <= p < h.start for p in places for a, b in clauses if a <= h.start < b)
            )
        ]
        # 夜班有宵夜吗, 值班管饭吗: a shift that has, gives or provides something asks about that thing;
        # so does one written right before another topic's word (夜班宿舍有空调没, 夜班加班费算不算).
        shifts = [
            h
            for h in kept
            if (set(h.term.strong) == {"hours"} or (not h.term.strong and set(h.term.ask) == {"hours"}))
            and (
                norm.startswith(_GIVES, h.end)
                or any(o.start == h.end and _a_shift_has(o) for o in kept)
                or any(m.start == h.end and m.intents == ("pay",) for m in matches)  # 夜班加班咋算钱
            )
            and not h.term.weak
        ]
        if shifts:
            given = [h.start for h in kept if (h.term.strong or h.term.ask) and not _of_hours(h)]
            # 夜班有吃的没: a pattern asking another topic counts as that topic's word.
            given += [m.start for m in matches if m.intents and "hours" not in m.intents]
            followed = {id(s) for s in shifts if any(p >= s.end and same_clause(s.start, p) for p in given)}
            kept = [h for h in kept if id(h) not in followed]
        # 日结的有没有保险: a strong word with 的 names whose question it is; another topic is asked.
        named = [
            h
            for h in kept
            if h.term.strong
            and norm[h.end : h.end + 1] == "的"
            and not _CLOSES.match(norm, h.end + 1)  # 是派遣的吧 asks it; 日结的 names who
            and "requirements" not in h.term.strong
        ]  # 有纹身的人可以应聘吗: who the viewer is stays asked
        if named:
            drop = {
                id(h)
                for h in named
                if any(
                    o.start > h.end and o.term.strong and not set(o.term.strong) & set(h.term.strong)
                    for o in kept
                )
            }
            kept = [h for h in kept if id(h) not in drop]
        return kept

    @staticmethod
    def _said_of_a_topic(norm: str, intent: str, topical: list[Hit], matches: list[PatternMatch]) -> bool:
        """Whether every word asking `intent` is a fee or a condition said of a topic named before it in
        its clause: 水电要钱吗 asks what the room costs, not whether the job is a racket; 转正有什么要求
        asks about becoming permanent, not about who may apply."""
        words, owners = _SAID_OF[intent]
        asked = [h.start for h in topical if intent in (*h.term.strong, *h.term.weak, *h.term.ask)]
        if any(norm[h.start : h.end] not in words for h in topical if h.start in asked):
            return False
        for m in matches:
            if intent in m.intents:
                if norm[m.start : m.end] not in words:
                    return False
                asked.append(m.start)
        if not asked:
            return False
        clauses = clause_spans(norm)
        for start in asked:
            a, b = next(((a, b) for a, b in clauses if a <= start < b), (0, len(norm)))
            if not any(a <= h.start < b and h.start != start and h.term.meaningful for h in topical):
                a = 0  # a clause that only asks the fee (体检去哪里做 要钱吗) asks it of what came before
            if not any(
                a <= h.start < start and owners & {*h.term.strong, *h.term.weak, *h.term.ask} for h in topical
            ):
                return False
        return True

    @staticmethod
    def _names_a_place(norm: str, hits: list[Hit], rest: str) -> bool:
        """Whether all a weak location question leaves unexplained is one place or workplace it opens
        with (犀浦站怎么走, 分拨中心在哪, 这个养老院在哪里), or sets out from (从苏州北站怎么去)."""
        first = next((h for h in hits if h.term.weak), None)
        if first is None or "location" not in first.term.weak:
            return False
        if rest[-1:] not in _PLACE_END_CHARS and not rest.endswith(_WORKPLACE_HOMES):
            return False
        if norm.startswith(rest):
            return True
        opening = norm[: first.start]
        before = iter(opening)
        if any(home in opening for home in ("我家", "俺家", "你家", "他家", "她家")):
            return False  # 我家小区在哪: someone's home, not the workplace
        return opening.endswith(rest[-1]) and all(ch in before for ch in rest)

    def _weak_only(
        self,
        norm: str,
        hits: list[Hit],
        refs: Refs,
        matches: list[PatternMatch],
        anchored: bool,
    ) -> list[Scored]:
        """The weak words of a question with no strong one, where they are nearly all it or a clause says."""
        # The whole line is looked at, then (in a polite question, or one whose weak words agree)
        # each clause alone: a long question may hold a short one (近视可以做吗？对视力有什么具体要求？).
        spans = [*refs.number_spans, *pattern_spans(matches)]
        weak_patterns = pattern_intents(matches, weak=True)
        rest = self._rest(norm, hits, spans)
        if any("requirements" in h.term.weak and any(v in h.term.word for v in "去干做进报") for h in hits):
            rest = rest.translate(_NO_PERSONS)  # 我老公会开叉车 他能去吗: who may go may be named
        handwork = (
            rest[:1] in WORK_VERBS
            and len(rest) <= _HANDWORK
            and {i for h in hits for i in (*h.term.weak, *h.term.ask)} == {"duties"}
        )  # 端盘子累吗, 拧螺丝累吗: a task named by its verb and object, then how hard it is
        if anchored or handwork or len(rest) <= LEFTOVER or self._names_a_place(norm, hits, rest):
            return weak_intents(hits) + weak_patterns
        weak = [i for h in hits for i in h.term.weak]
        clauses: list[tuple[int, int]] | None = clause_spans(norm)
        if not (_POLITE.match(norm) or any(weak.count(i) >= 2 for i in set(weak))):
            # Only a polite question, or one whose weak words agree, is read clause by clause; else
            # only a clause that asks of the job's side (你们, 这边), when others only tell
            # (我们那边好多人都出去打工了 你们那边远不远).
            asking = self._asking_clauses(norm, hits) or []
            clauses = [
                (a, b)
                for a, b in asking
                if any(w in norm[a:b] for w in _THIS_JOB) or (a == 0 and _IS_THERE.fullmatch(norm, a, b))
            ]
        found: list[Scored] = []
        for start, end in clauses or self._beside_self(norm):
            inside = [h for h in hits if start <= h.start and h.end <= end]
            if (
                any(h.term.weak for h in inside)
                and len(self._rest(norm, hits, spans, (start, end))) <= LEFTOVER
            ):
                found += weak_intents(inside)
        if found:
            found += weak_patterns
        return found

    @staticmethod
    def _beside_self(norm: str) -> list[tuple[int, int]]:
        """The clauses of a line that are not the viewer telling of themself (累吗 我腿脚不太好: the
        first asks, the second says why), when every other clause is such a telling; else none."""
        spans = spoken_spans(norm)
        told = [(a, b) for a, b in spans if _TELLS_OF_SELF.match(norm, a, b)]
        return [s for s in spans if s not in told] if told and len(told) < len(spans) else []

    def _without_context(
        self, norm: str, hits: list[Hit], topical: list[Hit], matches: list[PatternMatch]
    ) -> tuple[list[Hit], list[PatternMatch]]:
        """The topic words and phrases of the clauses that ask, when the clause that asks names a topic
        of its own: what another clause tells is context (我已经发过简历了，请问几点上班？ asks about
        hours only). Who the viewer is (都五十多了) still qualifies the question."""
        asking = self._asking_clauses(norm, hits)
        if asking is None:
            return topical, matches

        def asks(start: int) -> bool:
            return any(a <= start < b for a, b in asking)

        if not (any(asks(h.start) and h.term.strong for h in topical) or any(asks(m.start) for m in matches)):
            return topical, matches
        who = "requirements"
        per_clause = [
            {i for h in topical if a <= h.start < b for i in (*h.term.strong, *h.term.weak)}
            | {i for m in matches if a <= m.start < b for i in m.intents}
            for a, b in asking
        ]
        if all(topics and topics.isdisjoint(_OF_THE_WORKER) for topics in per_clause):
            # 有人接不？俺们岁数大了: every clause that asks asks a pickup, the dorm, the meals; the age
            # told asks nothing of them (都五十多了 能要不 有夫妻房不: 能要不 asks who is taken).
            who = ""
        return (
            [h for h in topical if asks(h.start) or (who and who in (*h.term.strong, *h.term.weak))],
            [m for m in matches if asks(m.start) or (who and m.intents == (who,))],
        )

    def _asking_clauses(self, norm: str, hits: list[Hit]) -> list[tuple[int, int]] | None:
        """The clauses that ask, when a line also has clauses that only tell (我已经发过简历了, 很感兴趣);
        None when every clause asks, none does, or a closing tag asks about them all (…对吧)."""
        spans = spoken_spans(norm)
        if len(spans) < 2 or norm[spans[-1][0] : spans[-1][1]] in _TAG_WORDS:
            return None
        asking: list[tuple[int, int]] = []
        telling = False
        for a, b in spans:
            inside = [Hit(h.start - a, h.end - a, h.term) for h in hits if a <= h.start and h.end <= b]
            clause = norm[a:b]
            if norm[b : b + 1] == "?" or is_marked_question(clause, inside, self._lexicon.final_particles):
                asking.append((a, b))
            elif self._rest(norm, hits, [], (a, b)):
                telling = True
            else:
                asking.append((a, b))  # a bare topic (五险一金，有吗) asks too
        return asking if asking and telling else None

    def _echoed(self, norm: str, hits: list[Hit], refs: Refs) -> bool:
        """Whether the line is 什么 + a phrase that is more than a topic word (什么孕妇装, 什么人设), a
        topic word 什么 does not ask about (什么大专) or a word that judges (什么黑心公司), with nothing
        else that asks (什么大专，我一直都是一百分啊): an echo of what was said, not a question (什么福利,
        什么学历 ask)."""
        spans = clause_spans(norm)
        end = len(norm)
        if len(spans) > 1:
            end, after = spans[0][1], spans[1][0]
            inside = [Hit(h.start - after, h.end - after, h.term) for h in hits if h.start >= after]
            if "?" in norm[end:] or is_marked_question(norm[after:], inside, self._lexicon.final_particles):
                return False
            hits = [h for h in hits if h.end <= end]
        echo = _ECHO.match(norm[:end])
        if (
            echo is None
            or _ASKING_WORDS.search(echo.group(1))
            # 什么时候发工资啵: a closing particle of a dialect (啵, 噻) asks as 吗 does.
            or echo.group(1).endswith(tuple(self._lexicon.final_particles))
            or refs.numbers
            or refs.titles
            or refs.employers
        ):
            return False
        if any(h.start == 0 and h.end > 2 and not (h.term.strong or h.term.weak or h.term.ask) for h in hits):
            return False  # 什么时候, 什么样: a longer question word, not 什么 alone
        if self._rest(norm, hits, refs.number_spans, (0, end)):
            return True
        asked = echo.group(1)
        topical = [h for h in hits if h.term.strong or h.term.weak or h.term.ask]
        if topical and all(norm[h.start : h.end] in self._lexicon.verdicts for h in topical):
            return True
        return (
            len(topical) == 1 and topical[0].term.word == asked and asked not in self._lexicon.asked_with_what
        )

    def _rest(
        self, norm: str, hits: list[Hit], spans: list[tuple[int, int]], within: tuple[int, int] | None = None
    ) -> str:
        """The leftover of a question (or of one clause) once topic words, fillers and modals are out."""
        return leftover(norm, hits, spans, weak_is_topic=True, ignore=self._lexicon.modals, within=within)

    def _cue_intent(self, norm: str, hits: list[Hit]) -> str | None:
        """The one intent whose cue words the line holds most of (none on a tie)."""
        # 车间 is a workplace, not a 车 (a location cue), and neither is a machine one works (叉车,
        # 罐车); an employer's, a job's or a city's name is no cue.
        bare = norm
        for h in hits:
            term = h.term
            if term.employers or term.city or term.jobs or term.kin_jobs or term.title:
                bare = bare[: h.start] + " " * (h.end - h.start) + bare[h.end :]
        for anchor in _ANCHORS:
            bare = bare.replace(anchor, " ")
        bare = _MACHINE_CAR.sub(" ", bare)
        counts = [
            (sum(1 for w in words if w in bare), intent) for intent, words in self._lexicon.cues.items()
        ]
        counts.sort(reverse=True)
        if not counts or counts[0][0] == 0 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
            return None
        return counts[0][1]

    def _only_chatter(self, core: str) -> bool:
        """A question-looking line that is chatter all the same (啊?, 真的吗, 什么)."""
        return core in self._lexicon.chatter or is_laughter(core)

    @staticmethod
    def _anchored(norm: str, refs: Refs, *, brands: bool = True) -> bool:
        """Whether the line is plainly about work: it names a job, an employer, a company (not when
        `brands` is False: a company alone may be a product) or a workplace."""
        if refs.numbers or refs.employers or refs.titles or (brands and refs.unknown_company):
            return True
        return any(anchor in norm for anchor in _ANCHORS)

    def _search_wanted(self, norm: str, hits: list[Hit], refs: Refs, result: list[Scored]) -> bool:
        """Whether the line asks which jobs meet a wish (有苏州的吗, 有长白班的吗, 哪个厂包吃住)."""
        if any(s.intent == "jobs" for s in result):
            return True
        if refs.two_jobs and result:
            return False  # 组装和SMT哪个轻松: two jobs compared on a topic, not a search
        # A title the catalogue lacks (有保安吗) is searched for like one it has.
        titled = bool(refs.titles) or any(h.term.title and not (h.term.jobs or h.term.kin_jobs) for h in hits)
        skilled = any(
            (h.term.title or h.term.jobs or h.term.kin_jobs) and norm[: h.start].endswith(_DONE) for h in hits
        )
        if (
            titled
            and not skilled
            and not result
            and not refs.numbers
            and any(verb in norm for verb in _HIRING)
            and stated_age(norm) is None  # 俺今年正好48 分拣还要不: whether the job takes one that old
        ):
            return True  # 还招电工吗, 华辰质检要不要
        if refs.unknown_company and not result and not refs.numbers and _HAS.search(norm):
            return True  # 比亚迪有没有: a company the catalogue lacks, searched for
        if refs.numbers or refs.employers or refs.unknown_company:
            return False
        leads = [norm.find(lead) for lead in _SEARCH_LEADS if lead in norm]
        if not leads:
            return False
        if any(word in norm for word in _THIS_JOB) and not any(w in norm for w in ("哪个", "哪些", "哪家")):
            return False
        feature_hits = [h for h in hits if h.term.features]
        feature_intents = {i for h in feature_hits for i in (*h.term.strong, *h.term.weak)}
        others = [s for s in result if s.intent != "jobs"]
        asked = [s for s in others if s.intent not in feature_intents]
        plain_leads = any(lead in norm for lead in ("哪个", "哪些", "哪家", "推荐"))
        clauses = clause_spans(norm)
        for hit in feature_hits:
            clause = next(((a, b) for a, b in clauses if a <= hit.start < b), (0, len(norm)))
            if hit.start < min(leads) and any(clause[0] <= s.position < clause[1] for s in asked):
                # 日结的有没有保险: the wish names who is asked about, the line asks about insurance.
                continue
            after = norm[hit.start + 1 :]
            # 有夫妻房吗我跟老公一起去的: a 的 past the particle that closes the question ends
            # what the asker tells, not the wish searched for.
            closed = _CLOSED.search(after)
            wish = after[: closed.start()] if closed else after
            # 有没有夫妻房我跟我老公一起过去的: nor does a 的 of whom the asker comes with.
            told = _WHO_COMES_ALONG.search(wish)
            # 不包住的话 …: a condition (的话) wishes for nothing.
            if plain_leads or "的" in (wish[: told.start()] if told else wish).replace("的话", ""):
                return True
            if _SEARCH_WITHOUT_DE & set(hit.term.features) and not asked and min(leads) < hit.start:
                # 有夫妻房吗 searches; 夫妻房有吗 names the topic first and asks about the job on screen.
                return True
        if refs.cities:
            placed = max((h.end for h in hits if h.term.city), default=0)
            told_after = next((b for a, b in clause_spans(norm) if a <= placed <= b), len(norm))
            if not any(s.position < told_after or self._asks_at(norm, s.position) for s in others):
                # 有苏州的吗, 有杭州萧山的吗, 南宁有活没: a place wished for; 有成都冷吗 asks how the place
                # is; 有没有东营本地的活 不想去外地: the clause after only tells why.
                return any(self._wished_place(norm, hits, h.end) for h in hits if h.term.city)
        if titled and not others:
            had = norm.find("有")
            return had <= 0 or _THING_HAD.match(norm, had) is None
        return False

    @staticmethod
    def _wished_place(norm: str, hits: list[Hit], after: int) -> bool:
        """Whether a place ending at `after` is wished for (有苏州的吗, 南宁有活没) rather than told
        about by the unknown word right after it (有成都冷吗)."""
        if _WHERE_WITHIN.match(norm, after):
            return False  # 在稻田哪个村: where within the place, of the job on screen
        told = after < len(norm) and norm[after] not in _AFTER_A_PLACE
        return not told or "的" in norm[after:] or any(h.start == after for h in hits)

    @staticmethod
    def _hiring_asked_of_job(
        norm: str, hits: list[Hit], matches: list[PatternMatch], result: list[Scored]
    ) -> bool:
        """Whether 还招吗 asks whether this job takes the viewer (or is real) rather than which jobs hire."""
        # Every word of the search must be a hiring verb (还招, 招不招, 招女工吗), and the line must
        # ask about the job on screen: its fitness (this job, an age: 五十五岁的还能招吗) or whether
        # the hiring is real (招聘是真的吗).
        words = [norm[h.start : h.end] for h in hits if "jobs" in (*h.term.strong, *h.term.weak, *h.term.ask)]
        words += [norm[m.start : m.end] for m in matches if "jobs" in m.intents]
        if not words or not all(any(verb in w for verb in _HIRING_WORDS) for w in words):
            return False
        intents = {s.intent for s in result}
        if "legitimacy" in intents:
            return True
        if "requirements" not in intents:
            return False
        return any(word in norm for word in _THIS_JOB) or _AGE_MENTION.search(norm) is not None

    def _hiring_for_named_job(
        self,
        norm: str,
        hits: list[Hit],
        matches: list[PatternMatch],
        refs: Refs,
        result: list[Scored],
        featured: str | None,
    ) -> str | None:
        """The one job a line asks still hires, when it names that job by its number, or by its
        title (the job on screen, or with its employer), and asks nothing but whether it hires
        (13号还招吗, 前台还招吗, 华辰质检要不要); else None."""
        intents = [s.intent for s in result]
        named = refs.titles or refs.numbers
        if intents not in ([], ["jobs"]) or not named or refs.cities or refs.unknown_company:
            return None
        if any(h.term.features for h in hits):
            return None
        words = [norm[h.start : h.end] for h in hits if "jobs" in (*h.term.strong, *h.term.weak, *h.term.ask)]
        words += [norm[m.start : m.end] for m in matches if "jobs" in m.intents]
        if not words:
            words = [verb for verb in _HIRING if verb in norm]  # 华辰质检要不要: the verb alone
        if not words or not all(any(verb in w for verb in _HIRING) for w in words):
            return None
        if any((h.term.jobs or h.term.kin_jobs) and norm[: h.start].endswith(_DONE) for h in hits):
            return None  # 我干过电焊 你们要不要: a skill told
        job = resolve_job(refs, self._index, featured, True)
        # 还招电工吗 with another job on screen asks which jobs there are: a search; 13号还招吗
        # names its job whatever is on screen.
        return job if job is not None and (job == featured or refs.employers or refs.numbers) else None

    def _search(self, norm: str, hits: list[Hit], refs: Refs) -> tuple[str, ...]:
        """The jobs that meet the line's wishes."""
        features = [f for h in hits for f in h.term.features]
        if not (features or refs.cities or refs.titles or refs.employers or refs.numbers):
            # No wish to filter on (还招人吗, 有什么岗位): listing the catalogue is no answer; the
            # question goes to the host.
            return ()
        among: set[str] | None = None
        if refs.numbers:
            among = {self._index.by_number[n].id for n in refs.numbers if n in self._index.by_number}
        elif refs.titles:
            among = set().union(*refs.titles)
        # 有江苏的吗: a province named is each of its cities.
        cities = [*refs.cities, *(c for within in refs.regions.values() for c in sorted(within))]
        return search_jobs(self._index, features, cities, among, refs.employers)

    def _with_refs(
        self,
        norm: str,
        question: bool,
        intents: tuple[str, ...],
        confidence: tuple[float, ...],
        job: str | None,
        *,
        apply_command: bool = False,
        card: bool = False,
    ) -> Understanding:
        """A command's result: the job it names and what that job implies."""
        employer = self._index.by_id[job].employer if job else None
        city = self._index.city_of(self._index.by_id[job]) if job else None
        return Understanding(
            norm,
            question,
            intents,
            confidence,
            job,
            employer,
            city,
            apply_command=apply_command,
            card=card,
            found=(job,) if card and job else (),
        )

    def _finish(
        self,
        norm: str,
        featured: str | None,
        question: bool,
        scored: list[Scored],
        refs: Refs,
        age: int | None,
        found: tuple[str, ...] = (),
    ) -> Understanding:
        """Resolve the references and assemble the result."""
        intents = tuple(s.intent for s in scored)
        job_specific = any(i in JOB_SPECIFIC for i in intents) and "jobs" not in intents[:1]
        if (
            refs.titles
            and intents
            and featured in self._index.by_id
            and not (refs.numbers or refs.employers)
            and all(set(intents) <= set(topics) for topics in refs.title_topics)
        ):
            # 食堂早饭多少钱 with a job whose alias is 食堂 elsewhere in the catalogue: the topic
            # asked of the job on screen, not that job.
            refs = replace(refs, titles=[], title_topics=[])
        job = resolve_job(refs, self._index, featured, job_specific)
        if intents[:1] == ("jobs",) and not refs.numbers:
            job = None
        employer = resolve_employer(refs, self._index, job)
        city = resolve_city(refs, self._index, job, employer)
        return Understanding(
            norm,
            question,
            intents,
            tuple(s.confidence for s in scored),
            job,
            employer,
            city,
            unknown_company=refs.unknown_company,
            age=age,
            found=found,
            standalone=bool(refs.numbers or refs.unknown_company)
            or not (job_specific or refs.employers or refs.titles or refs.cities),
        )
