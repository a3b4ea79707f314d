"""How a younger and an older crowd put things: slang, dialect, families, applications, idle chat."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.understand import Understander
from catalog.load import load_catalog

CATALOG = Path(__file__).resolve().parent / "data" / "labelled" / "dev6_catalog.yaml"


@pytest.fixture(scope="module")
def understander() -> Understander:
    """An understander over the fifth labelled catalogue (five employers, ten jobs)."""
    return Understander(load_catalog(CATALOG))


@pytest.mark.parametrize(
    ("text", "featured", "intents", "job"),
    [
        ("dx多少", "J1", ("pay",), "J1"),
        ("6号叉车多少", "J5", ("pay",), "J6"),
        ("焊工多少", "J1", ("pay",), "J8"),
        ("刚才说多少来着", "J3", ("pay",), "J3"),
        ("一个月到手好多", "J8", ("pay",), "J8"),
        ("人工几多", "J3", ("pay",), "J3"),
        ("一个月歇几天", "J8", ("hours",), "J8"),
        ("包唔包食住", "J3", ("canteen", "dorm"), "J3"),
        ("我哋两公婆可唔可以一齐住", "J3", ("dorm",), "J3"),
        ("娃儿可以带过去不", "J3", ("dorm",), "J3"),
        ("车位要熟手吗", "J3", ("requirements",), "J3"),
        ("胶水味大不大", "J3", ("duties",), "J3"),
        ("干得好能升不", "J8", ("prospects",), "J8"),
        ("蹲个夫妻房", "J3", ("dorm",), "J3"),
        ("吃饭要钱不", "J8", ("canteen",), "J8"),
        ("主播说的是真的吧", "J4", ("legitimacy",), "J4"),
    ],
)
def test_words_people_type(
    understander: Understander, text: str, featured: str, intents: tuple[str, ...], job: str | None
) -> None:
    """Pinyin initials, slang, Cantonese, Henan and Sichuan words ask what they mean."""
    result = understander.understand(text, featured)
    assert (result.intents, result.job) == (intents, job), text


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("我95年的 还能进厂吗", ("requirements",)),
        ("俺是七八年哩 还中不中", ("requirements",)),
        ("我想去 行不行", ("requirements",)),
        ("夫妻俩能一起去吗", ("requirements", "dorm")),
        ("我干了好几年了 能去吗", ("requirements",)),
        ("我以前做过服务员 可以吗", ("requirements",)),
        ("我干过电焊 你们要不要", ("requirements",)),
        ("我以前干过质检现在想找个包吃住的工作你们这个质检员一个月能拿多少钱", ("pay",)),
    ],
)
def test_who_asks_and_what_they_ask(understander: Understander, text: str, intents: tuple[str, ...]) -> None:
    """A year of birth asks whether one qualifies; a couple asks about the room too; a wish is context."""
    assert understander.understand(text, "J2").intents == intents, text


CHAT = [
    "有人吗",
    "有没有人啊",
    "@阿强 你去不去",
    "主播好帅 哦不 好美",
    "成都人在哪",
    "成都的兄弟们在哪",
    "河南的老乡在哪里",
    "电子厂是人待的吗",
    "这么低的工资谁去啊",
    "四千多块钱谁干啊",
    "哪个厂不是这样",
    "在家带娃呢",
    "我在上班呢",
]


@pytest.mark.parametrize("text", CHAT)
def test_chat_that_asks_nothing(understander: Understander, text: str) -> None:
    """A roll call, a remark to another viewer, an exclamation, a complaint: no intent."""
    assert understander.understand(text, "J3").intents == (), text


@pytest.mark.parametrize("text", ["你96年的？", "82年的还能喝？"])
def test_a_year_not_of_the_viewer_is_no_condition(understander: Understander, text: str) -> None:
    """A year said of someone else or of a thing does not ask whether the viewer qualifies."""
    assert "requirements" not in understander.understand(text, "J3").intents, text


@pytest.mark.parametrize(
    ("text", "intents", "job", "employer"),
    [
        ("后厨能学做菜吗", ("prospects",), "J10", "shuwei-cd"),
        ("传菜的累不累", ("duties",), "J9", "shuwei-cd"),
        ("保安有没有", ("jobs",), None, None),
        ("保安工资多少", ("pay",), None, None),
        ("比亚迪有没有", ("jobs",), None, None),
        ("有富士康的吗", ("jobs",), None, None),
        ("华辰质检要不要", ("apply", "jobs"), "J2", "huachen-sz"),
        ("顺大物流正规吗", ("legitimacy",), None, "shunda-hz"),
        ("红宇汽配包住吗", ("dorm",), None, "hongyu-zz"),
        ("洪宇那边包吃吗", ("canteen",), None, "hongyu-zz"),
        ("有没有年纪大点能干的", ("jobs", "requirements"), None, None),
        ("离家近的有吗 我河南的", ("jobs",), None, None),
        ("我就想找个包吃住的", ("jobs",), None, None),
    ],
)
def test_references(
    understander: Understander, text: str, intents: tuple[str, ...], job: str | None, employer: str | None
) -> None:
    """A title's stem or an alias's names its job; a title or a company the catalogue lacks names none."""
    result = understander.understand(text, "J1")
    assert (result.intents, result.job, result.employer) == (intents, job, employer), text


@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("我跟我老公报二号", "J2"),
        ("3号我们两口子报名", "J3"),
        ("8号报一个", "J8"),
        ("我要去8号", "J8"),
        ("能讲讲8号吗", "J8"),
        ("刚才的8号再讲一下", "J8"),
    ],
)
def test_applications_and_cards(understander: Understander, text: str, job: str) -> None:
    """Who applies along, going to a job by its number, asking for a card again: the job named."""
    result = understander.understand(text, "J1")
    assert result.job == job, text
    assert result.intents[:1] in (("apply",), ("jobs",)), text


def test_going_somewhere_and_asking_is_a_question(understander: Understander) -> None:
    """想去8号 有夫妻房吗 asks about the dorm of job 8 rather than applying."""
    result = understander.understand("想去8号 有夫妻房吗", "J1")
    assert (result.intents, result.job, result.apply_command) == (("dorm",), "J8", False)


@pytest.fixture(scope="module")
def households() -> Understander:
    """An understander over the sixth labelled catalogue (cold chain, housekeeping, car parts, food,
    hotel, solar)."""
    return Understander(load_catalog(CATALOG.parent / "dev7_catalog.yaml"))


@pytest.mark.parametrize(
    ("text", "featured", "intents", "job"),
    [
        # another name of the same work (育儿嫂 for a 月嫂, 家政阿姨 for a 住家保姆)
        ("育儿嫂要什么证", "M04", ("requirements",), "M03"),
        ("家政阿姨多少钱一个月", "M03", ("pay",), "M04"),
        # a couple who would both go
        ("我和我老婆都去要不要", "M05", ("requirements", "dorm"), "M05"),
        # two jobs joined name neither
        ("月嫂和保姆哪个挣得多", "M03", ("pay",), None),
        # a workplace named by its city names no job of the two there
        ("上海那个包住不", "M03", ("dorm",), None),
    ],
)
def test_households_and_couples(
    households: Understander, text: str, featured: str, intents: tuple[str, ...], job: str | None
) -> None:
    """Other names of a job, couples, two jobs named, a workplace named by its city."""
    result = households.understand(text, featured)
    assert (result.intents, result.job) == (intents, job), text
