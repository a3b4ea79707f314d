"""References on the seed catalogue: job numbers, titles, employers, cities, unknown companies."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.understand import Understander
from bot.understand.refs import find_job_numbers
from bot.understand.terms import title_names
from catalog.load import load_catalog
from catalog.models import Catalog


@pytest.fixture(scope="module")
def understander(seed_catalog: Catalog) -> Understander:
    """An understander over the seed catalogue and the shipped lexicon."""
    return Understander(seed_catalog)


@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("3号工资多少", "J003"),
        ("三号工资多少", "J003"),
        ("#3工资多少", "J003"),
        ("NO.3工资多少", "J003"),
        ("三号岗位包住吗", "J003"),
        ("3号的宿舍怎么样", "J003"),
        ("十二号工资多少", "J012"),
        ("第3个岗位包住吗", "J003"),
        ("3号机长工资多少", "J003"),  # the job's number before a job called 机长, no machine's
        ("3号机修工包住吗", "J003"),
    ],
)
def test_job_numbers(understander: Understander, text: str, job: str) -> None:
    """A job number wins over the featured job."""
    assert understander.understand(text, "J001").job == job


@pytest.mark.parametrize(
    "text", ["每月10号发工资吗", "工资15号发吗", "地铁1号线能到吗", "一个月3000有吗", "3号机工资多少"]
)
def test_dates_and_amounts_are_not_job_numbers(understander: Understander, text: str) -> None:
    """10号 as a pay date, 1号线 as a metro line, 3号机 as a machine and 3000 as money name no job."""
    assert find_job_numbers(understander.normalize(text)) == []
    assert understander.understand(text, "J005").job == "J005"


def test_employer_and_title_name_one_job(understander: Understander) -> None:
    """华辰质检 is the 质检员 job at 华辰, whatever is featured."""
    result = understander.understand("华辰质检多少钱", "J005")
    assert (result.job, result.employer, result.city) == ("J002", "huachen-sz", "苏州")


def test_shared_title_prefers_featured(understander: Understander) -> None:
    """A title several jobs share resolves to the featured job when it is one of them."""
    assert understander.understand("叉车多少钱", "J024").job == "J024"
    assert understander.understand("叉车多少钱", "J019").job == "J019"


def test_shared_title_at_featured_employer(understander: Understander) -> None:
    """A shared title resolves to the featured employer's job of that title."""
    assert understander.understand("质检员工资多少", "J001").job == "J002"


def test_shared_title_elsewhere_names_no_job(understander: Understander) -> None:
    """A shared title with no link to the featured job names no single job."""
    result = understander.understand("CNC累不累", "J005")
    assert result.intents == ("duties",)
    assert result.job is None


def test_employer_with_several_jobs(understander: Understander) -> None:
    """An employer with several jobs names the employer, not a job, even when one of them is featured
    (SPEC §4: null when a comment names an employer but no single job)."""
    other = understander.understand("华辰包住吗", "J005")
    assert (other.job, other.employer, other.city) == (None, "huachen-sz", "苏州")
    featured = understander.understand("华辰包住吗", "J002")
    assert (featured.job, featured.employer) == (None, "huachen-sz")
    titled = understander.understand("华辰质检包住吗", "J005")
    assert titled.job is not None
    assert titled.employer == "huachen-sz"


def test_partial_employer_name(understander: Understander) -> None:
    """鼎泰那个厂 names 鼎泰."""
    assert understander.understand("鼎泰那个厂在哪", "J003").employer == "dingtai-sz"
    assert understander.understand("鼎泰那个厂在哪", "J005").employer == "dingtai-sz"


def test_sound_alike_employer(understander: Understander) -> None:
    """华晨电子厂 sounds like 华辰: it is that employer, not an unknown company."""
    result = understander.understand("华晨电子厂包住吗", "J001")
    assert result.employer == "huachen-sz"
    assert not result.unknown_company


@pytest.mark.parametrize(
    "text",
    [
        "昆山仁宝累不累",
        "富士康包住吗",
        "立讯工资多少",
        "比亚迪招人吗",
        "无锡绿点电子厂一个月挣多少钱",
        "英华达加班多吗",
        "苏州汇川公司五险一金有吗",
    ],
)
def test_unknown_company_never_the_featured_job(understander: Understander, text: str) -> None:
    """A company not in the catalogue resolves to no job and no employer."""
    result = understander.understand(text, "J001")
    assert result.unknown_company
    assert result.job is None
    assert result.employer is None
    assert result.intents


@pytest.mark.parametrize(
    "text",
    ["没有文化能进电子厂打工吗", "这个厂包住吗", "你们公司正规吗", "去年在苏州干过电子厂", "宿舍离厂区多远"],
)
def test_generic_company_words_are_not_companies(understander: Understander, text: str) -> None:
    """电子厂, 这个厂, 你们公司 name no company."""
    assert not understander.understand(text, "J001").unknown_company


def test_city_reference(understander: Understander) -> None:
    """A city names a city; the job only when the featured one is there (在无锡哪里), never when it names
    a workplace there (无锡那个厂)."""
    here = understander.understand("在无锡哪里", "J011")
    assert (here.job, here.city) == ("J011", "无锡")
    for featured in ("J001", "J011"):
        named = understander.understand("无锡那个厂包住不", featured)
        assert (named.job, named.employer, named.city) == (None, None, "无锡")
    assert understander.understand("在昆山吗", "J001").city == "昆山"


def test_where_the_viewer_is_names_no_job(understander: Understander) -> None:
    """我在河南怎么过去: where the viewer is, not which job; the featured one is asked about."""
    result = understander.understand("我在河南怎么过去到了以后找谁", "J001")
    assert result.job == "J001"


def test_statement_city(understander: Understander) -> None:
    """我在昆山 is chatter that names a city."""
    result = understander.understand("我在昆山", "J001")
    assert result.intents == ()
    assert (result.job, result.city) == (None, "昆山")


def test_no_reference_means_featured(understander: Understander) -> None:
    """A job question with no reference is about the featured job; with none featured, about no job."""
    assert understander.understand("包住吗", "J007").job == "J007"
    assert understander.understand("包住吗", None).job is None
    assert understander.understand("包住吗", "J999").job is None


def test_chatter_and_other_do_not_take_the_featured_job(understander: Understander) -> None:
    """Chatter and off-topic questions are about no job."""
    assert understander.understand("666", "J001").job is None
    assert understander.understand("主播哪里人", "J001").job is None


def test_two_numbers_name_no_single_job(understander: Understander) -> None:
    """3号和5号 names two jobs: no single one."""
    assert understander.understand("3号和5号哪个工资高", "J001").job is None


def test_whether_a_named_job_still_hires(understander: Understander) -> None:
    """CNC还招吗 with the CNC job on screen asks how to apply to it; naming a title of another job
    (还招质检吗) searches; a skill told (我干过质检 你们要不要) is no question of hiring; a number
    names its job whatever is on screen (5号还招人吗)."""
    on_screen = understander.understand("CNC还招吗", "J003")
    assert (on_screen.intents, on_screen.job) == (("apply", "jobs"), "J003")
    other = understander.understand("还招质检吗", "J003")
    assert (other.intents, other.job) == (("jobs",), None)
    assert "jobs" not in understander.understand("我干过质检 你们要不要", "J003").intents
    numbered = understander.understand("5号还招人吗", "J003")
    assert (numbered.intents, numbered.job) == (("apply", "jobs"), "J005")


def test_two_jobs_joined_name_no_single_job(understander: Understander) -> None:
    """质检和CNC哪个工资高 names two jobs: neither is the one asked about; 质检员要站着吗 names one."""
    assert understander.understand("质检和CNC哪个工资高", "J003").job is None
    assert understander.understand("质检员要站着吗", "J002").job == "J002"


def test_legitimacy_put_to_the_streamer_names_no_job(understander: Understander) -> None:
    """主播你们收中介费吗 is about who recruits, not a job; 是不是中介啊 asks it of the job on screen."""
    put = understander.understand("主播你们收中介费吗", "J001")
    assert (put.intents, put.job, put.to_host) == (("legitimacy",), None, True)
    assert understander.understand("是不是中介啊", "J001").job == "J001"


def test_the_streamers_own_contact_names_no_job(understander: Understander) -> None:
    """主播vx多少 asks to apply through the streamer, of no job; 怎么报名啊主播 asks of the job on screen."""
    own = understander.understand("主播vx多少", "J001")
    assert (own.intents, own.job, own.to_host) == (("apply",), None, True)
    how = understander.understand("怎么报名啊主播", "J001")
    assert (how.intents, how.job, how.to_host) == (("apply",), "J001", False)


def test_a_companys_trade_is_no_jobs_work(understander: Understander) -> None:
    """华辰是做什么的, 华辰有几个厂 ask about the company; 华辰进去具体做什么 asks the work there."""
    for text in ("华辰是做什么的", "华辰有几个厂", "富士康是干嘛的公司"):
        assert understander.understand(text, "J001").intents == ("other",), text
    assert understander.understand("华辰进去具体做什么", "J001").intents == ("duties",)


@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("光伏那个包住吗", "M11"),
        ("冷库那个冷不冷", "M01"),
        ("食品那个几点上班", "M07"),
        ("那个几点上班", "M10"),
    ],
)
def test_a_long_title_pointed_at_by_its_head(text: str, job: str) -> None:
    """光伏那个 names the 光伏组件操作工 job wherever the screen is; 那个 alone keeps the featured one."""
    from catalog.load import load_catalog
    from tests.conftest import ROOT

    catalog = load_catalog(ROOT / "tests" / "data" / "labelled" / "dev7_catalog.yaml")
    assert Understander(catalog).understand(text, "M10").job == job


@pytest.mark.parametrize(
    ("text", "featured", "job", "city"),
    [
        ("张浦那边离市区远不", "J009", "J009", "昆山"),
        ("黄埭那边远不远", "J003", "J003", "苏州"),
        ("在张浦哪", "J001", None, "昆山"),
    ],
)
def test_a_district_of_an_address_names_its_city(
    understander: Understander, text: str, featured: str, job: str | None, city: str
) -> None:
    """A town or district an address names (昆山市张浦镇) is its city; asked of the job on screen
    whose address names it, that job is meant, else no single one."""
    result = understander.understand(text, featured)
    assert result.intents[0] == "location"
    assert result.job == job
    assert result.city == city


def test_a_title_named_by_how_long_one_works_keeps_the_hours_word() -> None:
    """小时工 is named by its title, not by 小时: 一天几小时 asks the hours of the job on screen."""
    names = title_names("小时工", ["钟点工"])
    assert "小时工" in names
    assert "小时" not in names


def test_a_name_another_title_writes_is_that_job_when_on_screen(tmp_path: Path) -> None:
    """分割 of one job's alias 分割工, written in 鸡肉分割工's own title: with the chicken job on
    screen it is that job; with a third on screen, the alias's own job."""
    path = tmp_path / "catalog.yaml"
    path.write_text(
        "employers:\n"
        "  - {id: huixian, name: 汇鲜肉食有限公司, city: 漯河}\n"
        "jobs:\n"
        "  - {id: M01, number: 1, employer: huixian, title: 猪肉分割工, aliases: [分割工]}\n"
        "  - {id: M02, number: 2, employer: huixian, title: 鸡肉分割工}\n"
        "  - {id: M03, number: 3, employer: huixian, title: 质检员}\n",
        encoding="utf-8",
    )
    understander = Understander(load_catalog(path))
    assert understander.understand("分割要站一天吗", "M02").job == "M02"
    assert understander.understand("分割要站一天吗", "M03").job == "M01"


def test_a_development_zone_is_named_by_its_place(tmp_path: Path) -> None:
    """芜湖市三山经济开发区 names 三山 (asked as 三山在哪); 天津经济技术开发区 names no place of its own."""
    from catalog.index import CatalogIndex
    from catalog.load import load_catalog

    path = tmp_path / "catalog.yaml"
    path.write_text(
        "employers:\n"
        "  - {id: hengxin, name: 恒信劳务有限公司, city: 芜湖}\n"
        "  - {id: kanglian, name: 康联制药有限公司, city: 天津, address: 天津经济技术开发区第十一大街56号}\n"
        "jobs:\n"
        "  - {id: K11, number: 11, employer: hengxin, title: 化工操作工,\n"
        "     location: {address: 芜湖市三山经济开发区龙湖路化工园区}}\n"
        "  - {id: K01, number: 1, employer: kanglian, title: 无菌车间操作工}\n",
        encoding="utf-8",
    )
    catalog = load_catalog(path)
    districts = CatalogIndex(catalog).districts()
    assert districts["三山"] == "芜湖"
    assert not any(name.startswith("经济") for name in districts)
    result = Understander(catalog).understand("三山在哪", "K11")
    assert (result.intents, result.job) == (("location",), "K11")


def test_a_machine_a_job_is_named_after_names_no_job(tmp_path: Path) -> None:
    """有洗碗机吗 asks about a machine, not the 洗碗工 job; 洗碗工包住吗 still names the job."""
    from catalog.load import load_catalog

    path = tmp_path / "catalog.yaml"
    path.write_text(
        "employers:\n"
        "  - {id: chufeng, name: 楚风餐饮有限公司, city: 武汉}\n"
        "jobs:\n"
        "  - {id: H04, number: 4, employer: chufeng, title: 洗碗工, aliases: [洗碗]}\n"
        "  - {id: H03, number: 3, employer: chufeng, title: 厨房帮工}\n",
        encoding="utf-8",
    )
    understander = Understander(load_catalog(path))
    assert understander.understand("有洗碗机吗", "H03").intents != ("jobs",)
    assert understander.understand("洗碗工包住吗", "H03").job == "H04"


def test_generic_words_are_stripped_longest_first(understander: Understander) -> None:
    """大型电子 is nothing but generic words whatever the hash seed: 大型 goes before 大 alone
    would leave 型 behind as a would-be company name."""
    assert understander._companies._strip_heads("大型电子") == ""
    assert understander._companies._strip_heads("这个大型比亚迪") == "比亚迪"


@pytest.mark.parametrize(
    "text", ["宿舍有空调不 江苏夏天热死了", "江苏冬天冷不冷 宿舍有暖气吗", "食堂有米饭吗 江苏人爱吃面"]
)
def test_the_province_of_the_job_on_screen_keeps_that_job(understander: Understander, text: str) -> None:
    """A province named beside a question is where the job on screen is when its city lies in it."""
    result = understander.understand(text, "J001")
    assert result.job == "J001"


def test_a_province_of_no_job_on_screen_is_another_place(understander: Understander) -> None:
    """A province the job on screen does not lie in still names another place."""
    assert understander.understand("宿舍有空调不 广东夏天热死了", "J001").job is None


@pytest.mark.parametrize("text", ["我普通话不好 只会四川话 要得不", "食堂有四川菜没得", "宿舍有广东老乡吗"])
def test_the_speech_food_or_people_of_a_place_name_no_place(understander: Understander, text: str) -> None:
    """四川话, 四川菜, 广东老乡 name what a place is known for, not where the job is."""
    result = understander.understand(text, "J001")
    assert (result.job, result.city) == ("J001", "苏州")


def test_a_province_named_in_a_search_is_each_of_its_cities(understander: Understander) -> None:
    """有江苏的吗 finds the jobs in the province's cities, though no address names the province."""
    result = understander.understand("有江苏的吗", None)
    assert result.intents == ("jobs",)
    assert set(result.found) >= {"J001", "J002"}
