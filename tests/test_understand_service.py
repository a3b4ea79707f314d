"""Hotel, kitchen and care-home viewers in Wu and Tianjin words: 钞票 for money, 伐 and 介个,
the hour one gets up, sleep on a night shift, a workplace named by its city, a viewer telling of
their body after the question; and the chat lines those words must not turn into questions."""

from __future__ import annotations

import pytest

from bot.understand import Understander
from catalog.models import Catalog


@pytest.fixture(scope="module")
def understander(seed_catalog: Catalog) -> Understander:
    """An understander over the seed catalogue and the shipped lexicon."""
    return Understander(seed_catalog)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("多少钞票一个月", "pay"),
        ("下雨天有钞票伐", "pay"),
        ("介个饭庄在哪", "location"),
        ("累伐 阿拉腿脚不大灵", "duties"),
        ("累吗 我腿脚不太好", "duties"),
        ("晚上能睡觉伐", "hours"),
        ("几点要起来", "hours"),
        ("养老院在杭州哪", "location"),
        ("学会了能自己开店伐", "prospects"),
        ("是机器洗还是手洗", "duties"),
        ("小费归自己吗", "pay"),
        ("有没有过节费", "pay"),
    ],
)
def test_the_question_is_understood(understander: Understander, text: str, intent: str) -> None:
    """Each line asks its intent first."""
    assert understander.understand(text, None).intents[:1] == (intent,)


@pytest.mark.parametrize(
    "text",
    [
        "晓得伐 我姐就在金华做拣货",
        "现在10块能吃什么，我随便点个外面都15",
        "我第一次当喷子 请问需要走流程吗？",
        "侬好",
        "阿拉来了",
        "我给了小费",
    ],
)
def test_chat_stays_chat(understander: Understander, text: str) -> None:
    """A nod asked for, a viewer's own meal or first flame, a greeting: no domain intent."""
    assert understander.understand(text, None).intents in ((), ("other",))


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("零下好多度", "duties"),
        ("宿舍离库区好远", "dorm"),
        ("好久面试", "apply"),
        ("衣服自己买吗", "duties"),
        ("冷库里要一直待着吗", "duties"),
        ("拣货一天走多少路", "duties"),
        ("干几天不干了咋算", "pay"),
        ("收银机不会用咋办", "requirements"),
    ],
)
def test_sichuan_and_cold_store_questions(understander: Understander, text: str, intent: str) -> None:
    """好多 and 好远 asking how many and how far, 好久 asking when, what a cold store asks of one."""
    assert understander.understand(text, None).intents[:1] == (intent,)


@pytest.mark.parametrize("text", ["我家离这好远啊", "好久没上班了", "我好久没吃火锅了"])
def test_sichuan_telling_stays_chat(understander: Understander, text: str) -> None:
    """好远 and 好久 that tell, not ask, leave the line chat."""
    assert understander.understand(text, None).intents == ()


def test_a_posture_compared_is_no_second_job(understander: Understander) -> None:
    """3号质检坐着做还是站着: 还是 sets two postures side by side, so 3号 is still the job asked."""
    found = understander.understand("3号质检坐倒做还是站倒", None)
    assert found.intents[:1] == ("duties",)
    assert found.job == understander.index.by_number[3].id


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("甭废话了 直接说多少钱", "pay"),
        ("俩口子能住一屋吗", "dorm"),
        ("一天几间房", "duties"),
        ("院里帮考证伐", "prospects"),
        ("侬伲介个店在啥地方", "location"),
    ],
)
def test_beijing_tianjin_and_wu_questions(understander: Understander, text: str, intent: str) -> None:
    """甭 and 直接说 only push for the answer; 俩口子, 侬伲 and 院里 are the couple, you and the home."""
    assert understander.understand(text, None).intents[:1] == (intent,)


@pytest.mark.parametrize(
    "text", ["楼上的 你工资多少啊", "@大刘 你不是有叉车证吗 去啊", "@阿芳 你不是说想去义乌吗", "嘹咋咧"]
)
def test_lines_to_other_viewers_are_chat(understander: Understander, text: str) -> None:
    """A question put to the viewer above, a reminder to a friend, Shaanxi praise: no intent at all."""
    assert understander.understand(text, None).intents == ()


@pytest.mark.parametrize(
    ("text", "intent"),
    [("能当天进厂吗", "apply"), ("做几天走人给钱吗", "pay"), ("离职工资怎么结", "pay")],
)
def test_starting_and_leaving(understander: Understander, text: str, intent: str) -> None:
    """Starting the same day asks how to apply; leaving after a few days asks what is paid."""
    assert understander.understand(text, None).intents[:1] == (intent,)


@pytest.mark.parametrize("text", ["可以学狐狸叫吗", "能不能学舔狗叫啊", "这是什么体力", "我当天就上班了"])
def test_tricks_and_stamina_remarks_are_chat(understander: Understander, text: str) -> None:
    """Asking a streamer to imitate an animal, marvelling at stamina, telling one's own day: chat."""
    assert understander.understand(text, None).intents == ()


@pytest.mark.parametrize(
    ("text", "intent"),
    [("41能进不", "requirements"), ("16能去不 刚中考完", "requirements"), ("英语不会能进吗", "requirements")],
)
def test_who_may_go_said_in_few_words(understander: Understander, text: str, intent: str) -> None:
    """An age said bare before 能进不, a skill one lacks before 能进吗: who the job takes."""
    assert understander.understand(text, None).intents[:1] == (intent,)


def test_a_question_to_fellow_viewers_is_not_answered(understander: Understander) -> None:
    """有没有人跟我一样刚辞职的 asks the other viewers, whatever topic word it holds."""
    assert understander.understand("有没有人跟我一样刚辞职的", None).intents in ((), ("other",))


@pytest.mark.parametrize(("text", "intents"), [("坐倒的哇", ("duties",)), ("包吃的哇", ("canteen",))])
def test_sichuan_wa_closing_asks(understander: Understander, text: str, intents: tuple[str, ...]) -> None:
    """哇 after 的 closing a line asks as 吗 does."""
    assert understander.understand(text, None).intents == intents


@pytest.mark.parametrize("text", ["好的哇", "是的哇", "真的哇"])
def test_agreeing_wa_stays_chat(understander: Understander, text: str) -> None:
    """好的哇, 是的哇 and 真的哇 agree or marvel; they ask nothing."""
    assert understander.understand(text, None).intents == ()


@pytest.mark.parametrize("text", ["额妈都60了还在厂里干呢", "公积金有啥用 还不如多发点钱"])
def test_marvels_and_grumbles_are_chat(understander: Understander, text: str) -> None:
    """Someone still at work at sixty, told with wonder; a benefit grumbled at: nothing asked."""
    assert understander.understand(text, None).intents == ()


@pytest.mark.parametrize("text", ["我妈都60了还能干吗", "公积金有啥用"])
def test_the_same_words_asking_still_ask(understander: Understander, text: str) -> None:
    """With a question mark of their own, the same words ask who may go and what the fund is."""
    assert understander.understand(text, None).intents != ()
