"""Normalisation of messy danmaku: widths, scripts, emoji, repeats, numerals, pinyin, typos."""

from __future__ import annotations

import pytest

from bot.understand.lexicon import load_lexicon
from bot.understand.normalize import (
    Normalizer,
    fold_repeats,
    join_spaced_letters,
    numerals_to_digits,
    parse_cn_number,
    translate_table,
)


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    """A normaliser over the shipped lexicon, with a few catalogue words for pinyin."""
    return Normalizer(load_lexicon(), ["华辰", "叉车", "质检"])


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("工资工资工资", "工资"),
        ("？？？", "?"),
        ("哈哈哈哈", "哈哈"),
        ("哈哈哈哈哈哈哈哈哈哈", "哈哈"),
        ("！！！！", "!"),
        ("谢谢谢谢", "谢谢"),
        ("是不是是不是", "是不是"),
        ("11111", "11111"),
        ("666666", "666666"),
    ],
)
def test_repeats_fold(raw: str, normal: str) -> None:
    """Repeated characters and words fold; digit runs (poll votes, 666) stay as typed."""
    assert fold_repeats(raw.translate(translate_table())) == normal


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("三号", "3号"),
        ("十二号", "12号"),
        ("十号", "10号"),
        ("报名五号", "报名5号"),
        ("报名五", "报名5"),
        ("两千", "2000"),
        ("三千五", "3500"),
        ("一万二", "12000"),
        ("四人间", "4人间"),
        ("今年十五", "今年15"),
        ("我十八岁", "我18岁"),
        ("第三个岗位", "第3个岗位"),
        ("我一米七五够不够", "我1米75够不够"),  # a height as it is said: metres, then the rest
        ("一米八能去吗", "1米8能去吗"),
    ],
)
def test_numerals_that_are_numbers_become_digits(raw: str, normal: str) -> None:
    """Chinese numerals before a counter, after 报名/第, or with a unit, become digits."""
    assert numerals_to_digits(raw) == normal


@pytest.mark.parametrize(
    "word",
    [
        "一下",
        "一起",
        "五险一金",
        "三餐",
        "两班倒",
        "一个月",
        "十分累",
        "千万别去",
        "万一呢",
        "报名一下",
        "三班倒",
        "一点",
        "一天几百块",
        "几千块一个月",
    ],
)
def test_numerals_inside_words_stay(word: str) -> None:
    """Numerals that are part of a word are not numbers and stay as they are."""
    assert numerals_to_digits(word) == word


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("三十五", 35),
        ("一百零五", 105),
        ("两千五百", 2500),
        ("十万", 100000),
    ],
)
def test_parse_cn_number(numeral: str, value: int) -> None:
    """Chinese numerals parse to their value."""
    assert parse_cn_number(numeral) == value


def test_parse_cn_number_refuses_ranges() -> None:
    """三五千 is a range, not a number."""
    assert parse_cn_number("三五千") is None


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("薪資多少", "薪资多少"),
        ("五險一金", "五险一金"),
        ("包喫住嗎", "包吃住吗"),
        ("ＣＮＣ多少錢", "cnc多少钱"),
        ("工资？", "工资?"),
        ("包吃住吗💰", "包吃住吗"),
        ("[doge]三号工资？？？", "3号工资?"),
        ("来了[笑哭][捂脸]", "来了"),
        ("❤️❤️主播好", "主播好"),
        ("/{dx/{dx", ""),
        ("3号工资/{hx", "3号工资"),
        ("宿舍远布远", "宿舍远不远"),
        ("收唔收学费", "收不收学费"),
    ],
)
def test_width_script_emoji(normalizer: Normalizer, raw: str, normal: str) -> None:
    """Full-width signs, Traditional characters, emoji, [表情] codes and Huya's /{dx faces are
    normalised away; X唔X and X布X read as X不X."""
    assert normalizer.normalize(raw) == normal


def test_traditional_table_keeps_simplified_characters() -> None:
    """Characters that are also Simplified ones (乾 in 乾坤) are not rewritten."""
    table = translate_table(frozenset("乾"))
    assert "乾坤".translate(table) == "乾坤"
    assert "著名".translate(table) == "著名"


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("gz多少", "工资多少"),
        ("bcbz吗", "包吃包住吗"),
        ("bc吗", "包吃吗"),
        ("加班fei多少", "加班费多少"),
        ("要健康正吗", "要健康证吗"),
        ("gongzi duoshao", "工资多少"),
        ("sushe", "宿舍"),
        ("ss几人间", "宿舍几人间"),
        ("wxyj有吗", "五险一金有吗"),
        ("zjf多少", "中介费多少"),
        ("huachen", "华辰"),
        ("qing   wen  ni  men  de  lian  xi fang  shi", "请问你们的联系方式"),
        ("I love you baby", "i love you baby"),
        ("fx几号", "发薪几号"),
        ("zs几ren间", "住宿几人间"),
        ("夜班bt多少", "夜班补贴多少"),
        ("要啥xl", "要啥学历"),
        ("5x有莫", "五险有莫"),  # figures and initials: 五险 before wx is read as 微信
        ("wx1j给交不", "五险一金给交不"),
        ("加wx", "加微信"),
        ("5xl的工服", "5xl的工服"),  # a garment's size after its figure stays
        ("切配一个月工资多烧", "切配一个月工资多少"),  # the same sound, the wrong character
        ("宴会家班咋算钱", "宴会加班咋算钱"),
        ("没叉车正能干么", "没叉车证能干么"),
        ("地铁么样坐", "地铁怎么坐"),  # Wuhan 么样 before a doing asks how
        ("开塔吊要么证", "开塔吊要什么证"),  # and 么 after a verb asks what
        ("批腻子一平方好多", "批腻子一平方多少"),
        ("gongjijin有没得", "公积金有没有"),  # a syllable said twice inside a pinyin word stays
        ("熟手一个月得好多", "熟手一个月得多少"),
    ],
)
def test_pinyin_and_abbreviations(normalizer: Normalizer, raw: str, normal: str) -> None:
    """Pinyin and abbreviations become the words they stand for; English stays English."""
    assert normalizer.normalize(raw) == normal


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("宿社几人间", "宿舍几人间"),
        ("速舍", "宿舍"),
        ("公资多少", "工资多少"),
        ("工姿", "工资"),
        ("食唐", "食堂"),
    ],
)
def test_typos_and_homophones(normalizer: Normalizer, raw: str, normal: str) -> None:
    """Domain typos and homophones from the lexicon become the word meant."""
    assert normalizer.normalize(raw) == normal


def test_spaced_characters_join() -> None:
    """Characters typed one by one with spaces are joined; clauses separated by a space are not."""
    assert join_spaced_letters("包 吃 住 吗") == "包吃住吗"
    assert join_spaced_letters("包住吗 工资多少") == "包住吗 工资多少"


@pytest.mark.parametrize(
    ("raw", "normal"),
    [("⑦号报名", "7号报名"), ("报名⑫", "报名12"), ("❸号工资多少", "3号工资多少"), ("➊号", "1号")],
)
def test_numbers_in_circles_become_digits(normalizer: Normalizer, raw: str, normal: str) -> None:
    """A number typed in a circle (⑦, ❸, ➊) is the number, not an emoji to drop."""
    assert normalizer.normalize(raw) == normal


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("8号要咩学历", "8号要什么学历"),
        ("坐地铁点去", "坐地铁怎么去"),
        ("点报名", "怎么报名"),
        ("几点去", "几点去"),
        ("快点去", "快点去"),
        ("夜班定白班", "夜班还是白班"),
        ("得唔得", "行不行"),
        ("系唔系正规公司嚟㗎", "是不是正规公司"),
        ("面试系边日", "面试系哪天"),
        ("打磨贼累吧", "打磨很累吧"),
        ("旺季能休息伐", "旺季能休息吗"),
        ("跟上步伐", "跟上步伐"),
        ("普通话讲得不好 得不得", "普通话讲得不好 行不行"),
        ("得不得扣钱", "会不会扣钱"),
    ],
)
def test_cantonese_asks_as_mandarin_does(normalizer: Normalizer, raw: str, normal: str) -> None:
    """Cantonese 咩 before what is asked, 点 asking how, 定 between shifts, 得唔得 and 系唔系 read as
    什么, 怎么, 还是, 行不行 and 是不是; a time (几点去) and a little (快点去) stay as they are; the
    north-east's 贼 before a word of the work reads as 很; Wu 伐 closing a line as 吗 (步伐 stays);
    得不得 closing a clause as 行不行, before a verb as 会不会."""
    assert normalizer.normalize(raw) == normal


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("爱冇健康证", "要不要健康证"),
        ("工衣爱自己买冇", "工衣要自己买吗"),
        ("涯爱人做得冇", "我爱人可以吗"),
        ("女个做得冇", "女的可以吗"),
        ("女人做得质检冇", "女人可以做质检吗"),
        ("一只月做得几多钱", "一个月挣多少钱"),
        ("一日做得几多", "一天做得多少"),
        ("叉车系电动个还系柴油个", "叉车是电动的还是柴油的"),
        ("涯系五华个 有冇老乡", "我是五华的 有没有老乡"),
        ("找个厂上班", "找个厂上班"),
        ("这个厂系统好不好", "这个厂系统好不好"),
        ("涯同佢冇关系", "我同佢没关系"),
        ("今年五十二 还收吗", "今年52岁 还收吗"),
        ("今年25号发吗", "今年25号发吗"),
        ("食朝包冇", "早餐包吗"),
        ("涯帮孻子问个", "我帮儿子问的"),
        ("保安交社保不交俺就图个社保", "保安交社保吗我就图个社保"),  # asked, then told why
        ("俺50整还要不", "我50了还要不"),
        ("系咪企一日", "是不是站一天"),  # Cantonese: standing all day
        ("冷库有几冻啊", "冷库有多冷啊"),
        ("可唔可以带细路过去", "可不可以带小孩过去"),
        ("面试过咗几时可以开工", "面试过了什么时候可以上班"),
        ("多会开支啊", "什么时候开支啊"),  # north-east and Shanxi: when is payday
        ("分拨中心在昆山哪旮沓", "分拨中心在昆山哪里"),
    ],
)
def test_hakka_asks_as_mandarin_does(normalizer: Normalizer, raw: str, normal: str) -> None:
    """Hakka 爱 before a need reads as 要 and 爱冇 as 要不要 (爱人 stays), 冇 closing a clause as 吗,
    做得 asking whether one may as 可以, what a month 做得 as 挣 (pieces a day stay), and in a line
    Hakka marks 系 as 是 and 个 closing a clause as 的 (找个厂, 系统, 关系 stay); 今年 before a number of
    years tells an age (今年25号 is a date)."""
    assert normalizer.normalize(raw) == normal


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("一个号头工钿几钿", "一个月工资多少钱"),
        ("铜钿啥辰光发", "钱什么时候发"),
        ("夜头要上班伐", "晚上要上班吗"),
        ("埃个超市辣啥地方", "那个超市在啥地方"),
        ("平日里忙伐", "平时忙吗"),
    ],
)
def test_wu_words_read_as_mandarin(normalizer: Normalizer, raw: str, normal: str) -> None:
    """Shanghai and Zhejiang 工钿, 铜钿, 夜头, 埃个 read as 工资, 钱, 晚上, 那个; 平日里 is 平时."""
    assert normalizer.normalize(raw) == normal


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("工资有压无[捂脸]被压怕了", "工资有压吗 被压怕了"),
        ("厂里有医务室无 烧焊常烫到", "厂里有医务室吗 烧焊常烫到"),
        ("打磨要经验无", "打磨要经验吗"),
        ("学历无 经验无", "学历无 经验无"),
        ("阮跟阮某做伙去", "我跟我老婆一起去"),
        ("帮厨累无累", "帮厨累不累"),
        ("早餐管无 还是自己食", "早餐管吗 还是自己吃"),
        ("宿舍八个人一间是无 傷挤啦", "宿舍八个人一间是吗 伤挤啦"),
        ("一工偌济", "一天多少"),
    ],
)
def test_minnan_asks_as_mandarin_does(normalizer: Normalizer, raw: str, normal: str) -> None:
    """Minnan 无 closing a clause (a [表情] code parts two) asks as 吗 does, also after 要经验 and
    after a verb before the next clause; X无X asks as X不X; what a list says there is none of stays;
    阮, 阮某, 做伙 and 一工偌济 read as 我, 我老婆, 一起 and 一天多少."""
    assert normalizer.normalize(raw) == normal


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("女的能开叉车不俺会开", "女的能开叉车不 我会开"),
        ("男孩要不俺儿子学的国际贸易", "男孩要不要 我儿子学的国际贸易"),
        ("电话面试还是要去现场", "电话面试还是去现场"),
        ("还是要努力", "还是要努力"),
        ("五号食堂吃饭要钱不了", "5号食堂吃饭要钱吗"),
        ("宿舍到厂好远", "宿舍到厂多远"),
        ("是劳务派遣不是", "是劳务派遣吗"),
        ("化验员吃饭是食堂管不了", "化验员吃饭是食堂管吗"),
        ("输煤是三班倒的不了", "输煤是三班倒的吗"),
        ("包装工多会儿能去了", "包装工什么时候能去"),
        ("这事我管不了", "这事我管不了"),
        ("输煤给交五险一金不了", "输煤给交五险一金吗"),
        ("矿上吃饭管不管了", "矿上吃饭管不管"),
        ("家里人不让下窑", "家里人不让下井"),
    ],
)
def test_spoken_questions_close_where_they_ask(normalizer: Normalizer, raw: str, normal: str) -> None:
    """A question closed by 不 runs on into what the asker tells (set apart); 男孩要不 asks as 要不要,
            a choice of two opening a line as 还是 (还是要努力 stays); Shanxi 要钱不了 as 吗; 好远 as 多远;
        是 X 不是 closing a line as 是 X 吗; Shanxi 食堂管不了, 是三班倒的不了 and 多会儿…了 ask (我管不了
    tells)."""
    assert normalizer.normalize(raw) == normal


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("学徒期底薪若多啊", "学徒期底薪多少啊"),
        ("底时发工资", "什么时候发工资"),
        ("加班费做呢算", "加班费怎么算"),
        ("电脑城底块", "电脑城在哪里"),
        ("姿娘收无", "女的收吗"),
        ("11号宿舍免钱无", "11号宿舍免费吗"),
        ("7号包装是坐是企", "7号包装坐着还是站着"),
        ("今日去今日上得无", "今天去今天能上吗"),
        ("爱企规日无 脚会酸", "要站一整天吗 脚会酸"),
        ("压一块屏几钱 阮澄海侬", "压1块屏多少钱 我澄海人"),
        ("男勒要不要嘛", "男的要不要嘛"),
        ("是坐起开还是站起开", "是坐着开还是站着开"),
        ("店在何里", "店在哪里"),
    ],
)
def test_chaoshan_and_southwestern_words_read_as_mandarin(
    normalizer: Normalizer, raw: str, normal: str
) -> None:
    """Chaoshan 若多, 底时, 做呢, 底块, 姿娘, 企, 规日, 免钱 and 侬 (a person), south-western 勒 and 坐起,
    Hunan 何里: read as the Mandarin they stand for."""
    assert normalizer.normalize(raw) == normal
