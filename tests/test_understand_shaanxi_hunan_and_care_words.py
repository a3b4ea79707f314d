"""The words of Shaanxi, Hunan, Chongqing and Shandong, and of care homes, farms, cleanrooms,
freight yards and shipyards: 咥饭, 咧 for 了, 哦该, 妹陀, 要好大的 and 好多岁, Sichuan 好久 before
going, learning or the end of a day, 木 closing a question, Jiaodong 么 before a reckoning, 伺候 for
照顾, a toneless 包 typed in pinyin, a clause set aside (累不累无所谓); and the questions of those
jobs (打针输液, 洗厕所, 辣眼睛, 有床, 坐几天火车, 几月份开始…)."""

from __future__ import annotations

import pytest

from bot.understand import Understander


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("山里咥饭咋弄", "山里吃饭咋弄"),
        ("我娃29咧 超咧么", "我娃29了 超了么"),
        ("哦该报名咯", "怎么报名咯"),
        ("男伢子妹陀分开住的啵", "男的女的分开住的吗"),
        ("12号暑假工要好大的", "12号暑假工要多大的"),
        ("好多岁就不要了", "多少岁就不要了"),
        ("好久去报到", "什么时候去报到"),
        ("好久学得会炒茶", "多久学得会炒茶"),
        ("晚上好久收工", "晚上什么时候收工"),
        ("叉车工工支咋样", "叉车工工资咋样"),
        ("有培训木 俺儿子刚毕业", "有培训没 我儿子刚毕业"),
        ("伺候老人的这个多少钱", "照顾老人的这个多少钱"),
        ("bao住不嘛", "包住不嘛"),
        ("刘主管电话好多", "刘主管电话多少"),
        ("新筑街道那搭得是", "新筑街道那里是不是"),
        ("加班费么算的", "加班费怎么算的"),
        ("吃饭么样安排", "吃饭怎么安排"),
        ("面试么样个面法", "面试怎么个面法"),
        ("摘柿子是按么算钱", "摘柿子是按什么算钱"),
        ("加班费阿么算", "加班费怎么算"),
        ("房子补贴多少", "住房补贴多少"),
    ],
)
def test_regional_words_read_as_asked(understander: Understander, text: str, normal: str) -> None:
    """Each regional question reads as the Mandarin question it asks."""
    assert understander.normalize(text) == normal


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("山里咥饭咋弄", "canteen"),
        ("我娃29咧 超咧么", "requirements"),
        ("哦该报名咯", "apply"),
        ("男伢子妹陀分开住的啵", "dorm"),
        ("12号暑假工要好大的", "requirements"),
        ("好多岁就不要了", "requirements"),
        ("好久去报到", "apply"),
        ("晚上好久收工", "hours"),
        ("好久发一次钱", "pay"),
        ("bao住不嘛", "dorm"),
        ("要打针输液不 俺可不会那个", "duties"),
        ("要洗厕所不", "duties"),
        ("辣不辣眼睛", "duties"),
        ("带几岁的孩儿", "duties"),
        ("大棚头种的啥子菜", "duties"),
        ("拉晶是啥活", "duties"),
        ("到了店里还得俺自己卸？", "duties"),
        ("碎了片子扣钱么", "pay"),
        ("现在去有奖励不", "pay"),
        ("出去上门给车费不", "pay"),
        ("晚上上不上班 俺晚上得看孙子", "hours"),
        ("黑夜睡不睡觉", "hours"),
        ("工棚有床没得", "dorm"),
        ("坐几天火车才到", "location"),
        ("几月份开始", "apply"),
        ("啥时候开始摘 卡莎莎", "apply"),
        ("工服好多钱", "legitimacy"),
        ("有出去学习的机会没得", "prospects"),
        ("胳膊上有个碎碎的纹身 能行不", "requirements"),
        ("额娃放暑假咧 能去干不", "requirements"),
        ("俺血压有点高 去了能要么", "requirements"),
        ("俺前几年喝了酒被查过一回 还能要不", "requirements"),
        ("俺在烟台港开过十五吨的 大叉车有优势不", "requirements"),
        ("过去要坐船么", "location"),
        ("能调到调试岗不", "prospects"),
        ("焊工证厂里给考不", "prospects"),
        ("证件照片发哪 发给主播？", "apply"),
    ],
)
def test_the_topic_asked_is_read(understander: Understander, text: str, intent: str) -> None:
    """Each question is read as asking its topic."""
    assert intent in understander.understand(text, "J001").intents


def test_a_clause_set_aside_is_not_asked(understander: Understander) -> None:
    """累不累无所谓 sets the effort aside: only the posture asked after it is read."""
    text = "霸得蛮的人 累不累无所谓 就问下是站到做还是坐到做"
    assert understander.normalize(text) == "霸得蛮的人 就问下是站着做还是坐着做"
    assert understander.normalize("吃的无所谓 能挣钱就行") == "能挣钱就行"
    assert understander.normalize("工资无所谓") == "工资无所谓"


@pytest.mark.parametrize("text", ["嫽咋咧", "嫽扎咧"])
def test_shaanxi_praise_is_chatter(understander: Understander, text: str) -> None:
    """嫽咋咧 (great!) asks nothing."""
    assert understander.understand(text, "J001").intents == ()


@pytest.mark.parametrize(
    "text",
    [
        "扫厕所有啥子丢人的 自己挣钱自己用",
        "手腕受伤了吗红红的",
        "好久没去了",
        "餐补多少",
        "要不要试试血压神龙",
    ],
)
def test_no_new_topic_is_read_into_them(understander: Understander, text: str) -> None:
    """A boast, a look at a wound, a long absence, a meal allowance and a game's move ask nothing of pay
    or duties."""
    found = understander.understand(text, "J001").intents
    assert "duties" not in found
    assert "pay" not in found


@pytest.mark.parametrize("text", ["俺血压有点高 吃着药呢", "签了合同干一半不想干了 要赔钱不"])
def test_what_one_tells_or_a_penalty_is_no_condition_or_pay(understander: Understander, text: str) -> None:
    """A blood pressure told without asking is no question of who is taken; a penalty for leaving is
    asked of neither pay nor the contract."""
    found = understander.understand(text, "J001").intents
    assert "requirements" not in found
    assert "pay" not in found
    assert "legitimacy" not in found
