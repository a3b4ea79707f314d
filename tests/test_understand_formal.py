"""Written, job-board questions and the phrasings around them: clauses, phrases that explain words, hiring."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.understand import Understander
from bot.understand.intents import clause_spans
from catalog.load import load_catalog

CATALOG = """
employers:
  - {id: qingshan, name: 柳州青山塑胶有限公司, aliases: [青山], city: 柳州}
  - {id: tongda, name: 郑州通达快递有限公司, aliases: [通达], city: 郑州}
jobs:
  - {id: Q1, number: 1, employer: qingshan, title: 注塑工, dorm: {provided: true, couples: true}}
  - {id: Q2, number: 2, employer: qingshan, title: 模具技工}
  - {id: Q3, number: 3, employer: tongda, title: 技工}
  - {id: Q4, number: 4, employer: tongda, title: 叉车工, aliases: [叉车]}
  - {id: Q5, number: 5, employer: tongda, title: 分拣员, pay: {payday: 日结}}
"""


@pytest.fixture(scope="module")
def understander(tmp_path_factory: pytest.TempPathFactory) -> Understander:
    """An understander over a small catalogue of its own."""
    path = Path(tmp_path_factory.mktemp("catalog")) / "formal.yaml"
    path.write_text(CATALOG, encoding="utf-8")
    return Understander(load_catalog(path))


def test_clauses_of_a_line() -> None:
    """Signs and spaces divide a line into clauses."""
    text = "近视可以做吗?对视力有什么要求? 谢谢"
    assert [text[a:b] for a, b in clause_spans(text)] == ["近视可以做吗", "对视力有什么要求", "谢谢"]


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        # a polite question read clause by clause
        ("近视可以做吗？对视力有什么具体要求？", ["requirements"]),
        ("请问学生寒假可以过来做吗？", ["requirements"]),
        # a soft particle after the asking one
        ("交五险一金不啊", ["insurance"]),
        ("靠谱不啊", ["legitimacy"]),
        # a phrase explains the words inside it
        ("加班咋算钱", ["pay"]),
        ("押不押证件", ["legitimacy"]),
        ("宿舍离车间远吗", ["dorm"]),
        ("住宿需要交费吗", ["dorm"]),
        ("住宿一个月多少钱", ["dorm"]),
        ("转正以后工资会涨吗", ["prospects"]),
        ("请问需要缴纳押金吗", ["legitimacy"]),
        ("请问入职后有无岗前培训？", ["prospects"]),
        # a job's number added after the question
        ("离地铁远不1号", ["location"]),
        ("打字要多快 1号", ["requirements"]),
        # a request to be told, in writing's words
        ("能否说明一下加班费的计算方式", ["pay"]),
        ("希望了解晋升通道", ["prospects"]),
        ("麻烦告知宿舍几人间", ["dorm"]),
        # a closing 吧 that checks a fact
        ("后厨包吃吧", ["canteen"]),
        ("坐着干的吧", ["duties"]),
        # phrase families
        ("要洗碗吗", ["duties"]),
        ("我女儿17岁能来吗", ["requirements"]),
        ("阿姨60了能干不", ["requirements"]),
        ("超过45还要吗", ["requirements"]),
        ("上班要穿工衣不", ["duties"]),
        ("一个月只休两天吗", ["hours"]),
        ("几点上到几点", ["hours"]),
        ("多久发一次钱", ["pay"]),
        ("随时能去？", ["apply"]),
        ("骑手能升站长吗", ["prospects"]),
        # Cantonese as typed in 两广
        ("做唔做夜班", ["hours"]),
        ("边度返工", ["location"]),
        ("係咪日结", ["pay"]),
    ],
)
def test_what_a_question_asks(understander: Understander, text: str, intents: list[str]) -> None:
    """Each line asks exactly these intents about the job on screen."""
    result = understander.understand(text, "Q1")
    assert list(result.intents) == intents
    assert result.job == "Q1"


@pytest.mark.parametrize(
    "text", ["我来应聘吧", "算了吧", "呀，鼻子上压出痕来了，会难受嘛", "谁干的！！加鸡腿！！"]
)
def test_statements_and_urges_ask_nothing(understander: Understander, text: str) -> None:
    """An urge with 吧, or a remark with a question clause in passing, gets no domain intent."""
    assert not set(understander.understand(text, "Q1").intents) - {"other"}


@pytest.mark.parametrize(
    ("text", "intents", "job"),
    [
        # hiring asked of the job on screen, or doubted
        ("这个岗位招女工吗", ["requirements"], "Q1"),
        ("五十岁还招吗", ["requirements"], "Q1"),
        ("直播间招聘是真的吗", ["legitimacy"], "Q1"),
        # but a bare hiring question searches
        ("招不招女的", ["jobs"], None),
        # 有夫妻房吗 asks about the job on screen (a search answer would read as yes), as does the
        # topic first or a formal 是否; 有长白班吗 searches
        ("有夫妻房吗", ["dorm"], "Q1"),
        ("有长白班吗", ["jobs"], None),
        ("夫妻房有吗", ["dorm"], "Q1"),
        ("请问是否有夫妻房", ["dorm"], "Q1"),
    ],
)
def test_search_or_the_job_on_screen(
    understander: Understander, text: str, intents: list[str], job: str | None
) -> None:
    """Whether a line searches the catalogue or asks about the featured job."""
    result = understander.understand(text, "Q1")
    assert list(result.intents) == intents
    assert result.job == job


def test_a_wish_that_names_who_is_asked_about_is_no_search(understander: Understander) -> None:
    """日结的有没有保险 asks about insurance, it does not list the day-paid jobs."""
    result = understander.understand("请问日结的有没有保险？", "Q1")
    assert "insurance" in result.intents
    assert "jobs" not in result.intents
    assert result.job == "Q1"


def test_put_to_the_viewers_after_a_polite_opening(understander: Understander) -> None:
    """请问有没有人在青山干过 asks the other viewers, not the bot."""
    assert understander.understand("请问有没有人在青山干过，感觉怎么样？", "Q1").intents == ("other",)


def test_a_skill_is_no_job_reference(understander: Understander) -> None:
    """要会开叉车吗 asks what the featured job needs; 学会开叉车 still wants the forklift job."""
    assert understander.understand("请问需要会开叉车吗？", "Q1").job == "Q1"
    assert understander.understand("能学会开叉车不", "Q1").job == "Q4"


def test_a_title_that_ends_another_names_both(understander: Understander) -> None:
    """技工 names 模具技工 too: the featured one wins, else the featured employer's."""
    assert understander.understand("技工工资多少", "Q2").job == "Q2"
    assert understander.understand("技工工资多少", "Q5").job == "Q3"
