"""Lines that are commands rather than questions: 报名3, 看看3号, poll votes; and a stated age."""

from __future__ import annotations

from bot.kept.regexes import compiled

_TRAILING = compiled(r"[\s?!,.~。、…]+$")
_LEADING = compiled(r"^[\s,.~、@]*(?:主播|老师|老板)?[\s,.~、]*(?:给我|帮我|麻烦|请)?")

_WHO = (
    r"(?:(?:我|俺)(?:跟|和|带)(?:我)?(?:老公|老婆|媳妇|爱人|对象|朋友|老乡|同学|姐妹|兄弟|妹妹|弟弟|姐姐|哥哥|儿子|女儿)"
    r"|(?:我|俺)们(?:俩|两个|两口子|一家)?|我俩|两口子)?(?:一起|一块)?"
)
"""Who applies besides the viewer (我跟我老公报2号, 我们两口子报3号)."""
_APPLY_FIRST = compiled(
    r"^" + _WHO + r"(?:我|俺)?(?:也|都)?(?:要|想|想要|申请|帮我)?\s*(?:报名|报个名|应聘|报)(?:一下|一个|个)?"
    r"\s*(?:#|no\.?|第)?\s*"
    r"(\d{1,3})\s*(?:号)?\s*(?:岗位|岗|工作)?\s*(?:了|啦|哈|谢谢)?"
    r"(?:[\s,]+[^\s?？].{0,19})?$"
)
_APPLY_LAST = compiled(
    r"^(?:#|no\.?|第)?\s*(\d{1,3})\s*号?\s*(?:岗位|岗)?\s*[,\s]*"
    + _WHO
    + r"(?:我)?(?:也|都)?(?:要|想)?\s*(?:报名|报)(?:一个|个|一下|了|啦)?"
    r"(?:[\s,]+[^\s?？].{0,19})?$"
)
_APPLY_NUMBER_TITLE = compiled(
    r"^(?:#|no\.?|第)?\s*(\d{1,3})\s*号\s*([\u4e00-\u9fffa-z]{1,8}?)\s*(?:报名|报)(?:了|啦|哈)?"
    r"(?:[\s,]+[^\s?？].{0,19})?$"
)
"""8号焊工报名: the number and the title, then the sign-up."""
_APPLY_GO = compiled(
    r"^" + _WHO + r"(?:我|俺)?(?:也|都)?(?:要|想|想要|准备)(?:去|进)\s*(?:第)?\s*(\d{1,3})\s*号"
    r"\s*(?:岗位|岗)?\s*(?:了|啦|哈)?$"
)
"""我要去8号: going to a job named by its number, nothing asked besides."""
_APPLY_GO_LAST = compiled(
    r"^(?:第)?\s*(\d{1,3})\s*号\s*(?:岗位|岗)?\s*[,\s]*"
    + _WHO
    + r"(?:我|俺)?(?:也|都)?(?:要|想|想要|准备)(?:去|进)"
    r"\s*(?:了|啦|哈)?$"
)
"""8号我要去: the same, the number first."""
_NAMED_FIRST = compiled(r"^[\u4e00-\u9fff]{2,4}\s+(?=报)")
"""A name the viewer signs with before the command (张三 报2), once the phone number is out."""
_ONLY_A_JOB = compiled(r"^(?:#|no\.?|第)?\s*(\d{1,3})\s*号?\s*(?:岗位|岗)?$")
"""A job's number and nothing else: with a phone number given (2号 138…), a sign-up."""
_APPLY_TITLED = compiled(
    r"^(?:我|俺)?(?:也)?(?:要|想|想要|申请)?\s*(?:报名|报|应聘)\s*(?:#|no\.?|第)?\s*(\d{1,3})\s*号\s*"
    r"([\u4e00-\u9fffa-z]{1,8})(?:了|啦|哈)?$"
)
"""报名18号保安: the number and the job's title run together, no space between."""
_APPLY_NAME = compiled(
    r"^(?:我|俺)?(?:也)?(?:要|想|想要|申请)?\s*(?:报名|应聘|报个名|报)\s*([\u4e00-\u9fffa-z]{2,8}?)(?:岗位|岗)?(?:了|啦|哈)?$"
)
"""报名电工: an application naming the job by its title."""
_NAME_APPLY = compiled(r"^([\u4e00-\u9fffa-z]{2,8}?)(?:岗位|岗)?\s*(?:报名|应聘|报个名)(?:了|啦|哈)?$")
"""选砖工报名: the same with the title first."""
_ASKING = compiled(r"[吗么嘛呢?]|什么|啥|怎|多少|几|哪|谁|能不能|可以不|行不行")
_CONTACT = compiled(
    r"(?:我|俺)?(?:的)?(?:联系)?(?:电话号码|电话号|电话|手机号码|手机号|手机|联系方式|号码|微信号|微信|vx|wx|tel)?"
    r"\s*(?:是|:)?\s*(?:\+?86[\s-]?)?1[3-9]\d(?:(?:[\s-]?\d){8}|[x*]{2,4}\d{4})(?!\d)"
)
"""A phone number given with an application (电话13812345678, 我手机138-1234-5678, 152xxxx6678 masked by
the viewer), with its label."""
_REPEATED = compiled(r"^(.{2,12}?)(?:[\s,]*\1)+$")
"""A line that says the same thing twice or more (报名3报名3, 报名1 报名1)."""
_CARD = compiled(
    r"^(?:能|可以|能不能|麻烦|刚才的?|刚刚的?)?\s*"
    r"(?P<pre>看看|看下|看一下|看一看|瞅瞅|介绍下|介绍一下|讲讲|讲下|讲一下|说说|说下|说一下|再说下|再说一下|"
    r"再讲讲|再讲下|再讲一下|再介绍下|详细说下|详细介绍下|发下|发一下)?\s*(?:#|no\.?)?(?<!\d)(?P<num>[1-9]\d{0,2})"
    r"\s*(?P<hao>号)?\s*(?:岗位|岗|工作)?\s*(?:的)?\s*"
    r"(?P<post>详情|详细|介绍|介绍下|介绍一下|详细介绍|详细说说|详细讲讲|说说|讲讲|什么岗位|是什么岗位|是啥岗位|是什么|"
    r"是啥|呢|怎么样|咋样|啥情况|什么情况|情况|信息|资料|再讲一下|再讲讲|再说一下|再说说|再介绍一下|再介绍下)?"
    r"(?:吗|呗|吧|么|嘛)?$"
)
_POLL = compiled(r"^(?:扣|打|刷)?\s*[12]+$")

_AGE = (
    compiled(r"我\s*(?:今年|才|已经|都|刚|刚满|满|快)?\s*(\d{1,2})\s*(?:岁|周岁)"),
    compiled(
        r"今年\s*(?:才|已经|都|刚|刚满|满|整|正好|刚好)?\s*(?:虚岁|实岁|周岁)?\s*(\d{1,2})(?:岁|周岁)?(?![\d.年月号])"
    ),
    compiled(r"我\s*(?:才|已经|都|刚满)\s*(\d{1,2})(?![\d.年月号])"),
    compiled(r"我\s*(?:今年)?\s*(?:虚岁|实岁|周岁)?\s*(\d{2})\s*(?:了|咯|喽|啦|啊|哒|整|出头)"),
    compiled(r"(?:虚岁|实岁)\s*(\d{2})(?![\d.年月号])"),
    # 老子41了, 我老汉儿50了, 媳妇38了: the asker's own or their kin's age, told before asking
    compiled(
        r"(?:老子|老汉儿?|我爸|我妈|我爹|我娘|老公|老婆|媳妇儿?|我男人|我女人|那口子)\s*(?:今年|才|已经|都)?"
        r"\s*(\d{2})\s*(?:岁|周岁)?\s*(?:了|咯|喽|啦|整|出头)"
    ),
    # 行不行啊 我41, 我36 得行么: the asker's age said bare, a clause of its own
    compiled(r"(?:(?<=[\s,])|^)我\s*(1[6-9]|[2-6]\d)(?=[\s,!.~?]|$)"),
    # 快50的人了, 都40多岁的人了: an age told of oneself as a person of those years
    compiled(r"(?:(?<=[\s,])|^)(?:我|俺)?(?:快|都|已经|也)?\s*(\d{2})\s*(?:多)?\s*(?:岁)?的人了"),
    # 能去不 50了, 28哒还要得不: an age told in a clause of its own, or opening the question
    compiled(r"(?:(?<=[\s,])|^)(\d{2})\s*(?:岁|周岁)?\s*(?:了|哒|咯|啦)(?=[\s,!.~?]|$|还|也)"),
    # 我老婆47能去不, 俺孩儿才16 中不中: a kin's age told right before asking whether they may go
    compiled(
        r"(?:我爸|我妈|我爹|我娘|我老公|我老婆|我媳妇|我男人|我女人|我家那口子|我孩儿|我孩子|我闺女|我儿子|我女儿|我小子)"
        r"\s*(?:今年|才|刚)?\s*(\d{2})\s*(?:岁|周岁)?(?=\s*(?:还|也)?(?:能|可以|行|中|要))"
    ),
    compiled(
        r"(?<![\d.~-])(\d{1,2})\s*(?:岁|周岁)(?!以上|以下|以内|到|至|-|~|左右|的人|的男|的女)"
        r"(?=.{0,6}(?:能|可以|行|要|收|招|报|干|做|去))"
    ),
)


def strip_edges(text: str) -> str:
    """A normalised line without leading address (主播) and trailing punctuation."""
    return _LEADING.sub("", _TRAILING.sub("", text))


def apply_number(text: str) -> int | None:
    """The job number of an application command (报名3, 我要报名3号, 报3, 3号报名, 报名18号保安), else None.

    A phone number given with it (报名5 电话138…, 我电话138… 报名5, 张三 138… 报2) does not hide the
    command; a job's number with a phone number and nothing else (2号 138…) signs up for it.
    """
    # 我电话13812345678 报名5: the contact is the viewer's own business, the command is what is left.
    bare = _without_contact(text)
    core = _REPEATED.sub(r"\1", bare)
    if bare != strip_edges(text):  # a contact was taken out (主播666666 is a cheer: none was)
        core = _NAMED_FIRST.sub("", core)
        only = _ONLY_A_JOB.match(core)
        if only is not None:
            return int(only.group(1))  # 2号 13812345678: a number left with a job's
    match = (
        _APPLY_FIRST.match(core)
        or _APPLY_LAST.match(core)
        or _APPLY_GO.match(core)
        or _APPLY_GO_LAST.match(core)
    )
    if match is None:
        titled = _APPLY_TITLED.match(core) or _APPLY_NUMBER_TITLE.match(core)
        if titled is not None and _ASKING.search(titled.group(2)) is None:
            match = titled
    if match is None:
        without_age = _without_age(core)
        if without_age != core:
            match = _APPLY_FIRST.match(without_age) or _APPLY_LAST.match(without_age)
    if match is None:
        # 我儿子大专毕业 报名12: who applies told first, the command closing the line.
        told, _, last = core.rpartition(" ")
        if told and "?" not in told and _ASKING.search(told) is None:
            match = _APPLY_FIRST.match(last) or _APPLY_LAST.match(last)
    return int(match.group(1)) if match else None


def _without_contact(text: str) -> str:
    """The line without a phone number given with it, and without its label."""
    core = strip_edges(text)
    if _CONTACT.search(core):
        core = strip_edges(_CONTACT.sub(" ", core).strip(" ,.~、"))
    return core


_SIGN_UP = compiled(
    r"^"
    + _WHO
    + r"(?:我|俺)?(?:也|都|就|来)?(?:要|想|想要|来)?(?:报名|报个名|报一个名|报一个|报个)(?:吧|啊|哈|啦|嘞)?$"
)
"""A sign-up with no job named, by the viewer and whoever comes along (我也报名, 我和老婆一起报名,
俺报一个)."""


def signs_up(clause: str) -> bool:
    """Whether a clause only signs up (报名, 我也要报名, 我们两口子报名); 报名了 tells it is done."""
    return _SIGN_UP.match(clause) is not None


def signs_up_with_contact(text: str) -> bool:
    """Whether a line gives a phone number and otherwise only signs up (电话138… 报名, 报名 我手机138…)."""
    if _CONTACT.search(text) is None:
        return False
    core = _without_contact(text)
    return core in ("报名", "我要报名", "我想报名", "报个名", "我报名", "要报名", "想报名", "报名了", "我报")


def apply_title(text: str) -> str | None:
    """The title an application names instead of a number (报名电工, 我要报名叉车司机 电话138…, 选砖工报名),
    else None."""
    core = _REPEATED.sub(r"\1", _without_contact(text))
    match = _APPLY_NAME.match(core) or _NAME_APPLY.match(core)
    if match is None or _ASKING.search(match.group(1)) is not None:
        return None
    return match.group(1)


def _without_age(text: str) -> str:
    """The line with a stated age cut out (报名3 我今年15岁 -> 报名3), for commands that carry one."""
    for pattern in _AGE:
        match = pattern.search(text)
        if match:
            rest = (text[: match.start()] + " " + text[match.end() :]).strip(" ,.~、")
            return strip_edges(rest)
    return text


def card_number(text: str) -> int | None:
    """The job number of a request for a job's card (看看3号, 3号详情, 介绍下3号), else None."""
    core = strip_edges(text)
    match = _CARD.match(core)
    if match is None:
        return None
    if not (match.group("pre") or match.group("post") or match.group("hao")):
        return None
    return int(match.group("num"))


def is_poll_vote(text: str) -> bool:
    """A poll answer (1, 11111, 扣1, 扣2): chatter here, the room counts it."""
    return _POLL.match(strip_edges(text)) is not None


def age_start(text: str) -> int | None:
    """Where a line states the viewer's age (as `stated_age` finds it), else None."""
    starts = [m.start() for pattern in _AGE if (m := pattern.search(text)) is not None]
    return min(starts) if starts else None


def stated_age(text: str) -> int | None:
    """An age the viewer gives about themself (我15岁, 今年15, 15岁能报名吗), else None."""
    for pattern in _AGE:
        match = pattern.search(text)
        if match:
            age = int(match.group(1))
            if 10 <= age <= 80:
                return age
    return None
