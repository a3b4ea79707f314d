"""What a question asks within its topic: the one table of facets.

A question is about a topic (the intent: pay) and a facet of it (base pay, payday, piece rate,
满勤奖 …). Each facet names the words that ask for it (`cues`), the catalogue fields that state
it (`fields`, as `Fact.field` names them) and the words a free-text fact must hold to state it
(`marks`: requirements.other, the notes, amenities, pick-up, the FAQ). The answers, the room's
merging, the report's list of missing facts and the console all read facets from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.kept.regexes import compiled


@dataclass(frozen=True, slots=True)
class Facet:
    """One thing a viewer can ask about a job within a topic."""

    key: str
    """`topic.name`, e.g. `pay.base`; also the name of the missing fact when the catalogue lacks it."""
    label: str
    """What the facet is called in Chinese (report, console)."""
    cues: tuple[str, ...]
    """Words in a question that ask for this facet (matched on the normalised text)."""
    fields: tuple[str, ...] = ()
    """Catalogue facts that state it, best first (`Fact.field` names)."""
    marks: tuple[str, ...] | None = None
    """Words a free-text fact must hold to state it; None: the cues."""
    text_first: bool = False
    """Look in the free text before the fields (the field answers only roughly)."""
    yesno: bool = False
    """A question for it is answered yes or no; the fact is phrased to say which."""
    anywhere: bool = False
    """Its words mean the same in any topic's free text (体检 in apply.start answers 要体检吗)."""
    unless: tuple[str, ...] = ()
    """Words that make its cues ask for a later facet instead (上班时间多久 asks how many hours)."""

    @property
    def topic(self) -> str:
        """The intent the facet belongs to."""
        return self.key.partition(".")[0]

    @property
    def words(self) -> tuple[str, ...]:
        """The words searched for in free-text facts."""
        return self.marks if self.marks is not None else self.cues


_HOW_DONE = compiled(r"怎么[去走过到算坐报办弄收搞交扣发倒排]")
"""A cue asking how something is done (怎么过去, 怎么算), which 咋 asks the same way (咋过去, 咋算)."""


def _f(
    key: str,
    label: str,
    cues: str,
    fields: str = "",
    marks: str | None = None,
    *,
    text_first: bool = False,
    yesno: bool = False,
    anywhere: bool = False,
    unless: str = "",
) -> Facet:
    """A table row: word lists written as space-separated strings; a cue of several words with 什么
    is also asked with 啥 (啥时候可以上岗 asks as 什么时候 does), one asking how a thing is done with
    咋 (咋过去, 咋算), one with 一 also with 1."""
    asked = cues.split()
    # 多少一小时 reaches the answers as 多少1小时 where the understanding wrote the figure in digits.
    asked += [c.replace("一", "1") for c in asked if "一" in c]
    asked += [c.replace("怎么", "咋") for c in asked if _HOW_DONE.search(c)]
    return Facet(
        key,
        label,
        tuple(dict.fromkeys((*asked, *(c.replace("什么", "啥") for c in asked if c != "什么")))),
        tuple(fields.split()),
        tuple(marks.split()) if marks is not None else None,
        text_first,
        yesno,
        anywhere,
        # 一个月 reaches the answers as 1个月 too, as the cues do.
        tuple(dict.fromkeys((*unless.split(), *(w.replace("一", "1") for w in unless.split() if "一" in w)))),
    )


DRIVING_CLASSES = ("c1", "c2", "b1", "b2", "a1", "a2", "a3", "c照", "b照", "a照")
"""A driving licence named by its class (俺b照能开不, a2还是b2): the driving licence is asked."""


def _group(topic: str) -> Facet:
    """Whether a group may go together (我们十几个人一起去行不), asked of the application or of who
    may go: one facet in either topic."""
    return _f(
        f"{topic}.group",
        "结伴同去",
        "一起去 一块去 一搭去 一起来 一块来 一起报 组团 结伴 一帮人 一群人 一伙人 几个人一起 十几个人 "
        "好几个人",
        "",
        "组团 结伴 一起 一块 团队 人以上 人成团 老乡",
        yesno=True,
        anywhere=True,
    )


def _at_home(topic: str) -> Facet:
    """Whether the work may be taken home (能拿回家做不), asked as the work or as the hours it fits."""
    return _f(
        f"{topic}.athome",
        "在家做",
        "拿回家 带回家 回家做 在家做 在家干 领回家 居家",
        "",
        "回家 在家 居家",
        yesno=True,
        anywhere=True,
    )


def _term_facet(topic: str) -> Facet:
    """How long one must stay at least (最少干多久, 只干两个月行吗), asked as applying or as a condition."""
    return _f(
        f"{topic}.term",
        "最短做多久",
        (
            "最少干 至少干 最少做 至少做 最少要 至少要 最短 起码干 起码做 只干 只做 干满 做满 "
            "就走 能走 可以走 才能走 才可以走 中途走 提前走 干几天 做几天 短期 "
            "干一个月 做一个月 干两个月 做两个月 干半个月 做半个月 干一个暑假 做一个暑假 干一周 干一两个月 "
            "签多久 签几年 签多长"
        ),
        "",
        "最少 至少 起码 最短 签 干满 做满 提前走",
        anywhere=True,
        unless="只做过 只干过",  # 我只做过两单 tells the experience one has
    )


FACETS: tuple[Facet, ...] = (
    # ---------------------------------------------------------------- pay
    _f(
        "pay.training",
        "培训期工资",
        (
            "培训期间 培训期 培训的时候 培训时 培训有工资 培训工资 带薪培训 培训带薪 培训给钱 培训有钱 "
            "学嘞时候 白学"
        ),
        "",
        "带薪 培训 学习 学徒",
        anywhere=True,
    ),
    _f(
        "pay.fuel",
        "油费路费",
        "油补 油费 油钱 油卡 垫钱 垫不垫 要垫 过路费 路桥费 高速费",
        "",
        "油卡 油费 油钱 油补 垫钱 过路费 路桥费 高速费 etc",
        anywhere=True,
    ),
    _f(
        "pay.accident",
        "事故赔偿",
        "事故 撞了 剐蹭 刮蹭 自己赔 谁赔 赔不赔 要赔 赔钱 车坏 坏在路上 坏在半道 修车",
        "",
        "事故 赔偿 全险 刮蹭 剐蹭 修车 车坏 赔 差错",
        anywhere=True,
    ),
    _f(
        "pay.fines",
        "违章罚款",
        "违章 罚款 罚单 被拍 扣分",
        "",
        "违章 罚款 罚单 扣分",
        anywhere=True,
    ),
    # 保底几多: a floor written in the text (新人前3个月保底3500) before the base pay
    _f("pay.floor", "保底", "保底", "pay.base", "保底", text_first=True),
    _f("pay.base", "底薪", "底薪 基本工资 基本薪资 无责底薪", "pay.base", "底薪 保底 基本工资 纯计件"),
    _f(
        "pay.payer",
        "谁发工资",
        "谁发 谁开 谁给发 谁来发 谁付 哪里发 哪发 厂里发 厂发 公司发 派遣发",
        "",
        "公司发 厂发 厂里发 派遣 劳务",
    ),
    _f(
        "pay.advance",
        "借支",
        "借支 预支 借钱 借点 支钱 支点 先支 提前支 借生活费 支生活费",
        "",
        "借支 预支 借 支",
        yesno=True,
    ),
    _f(
        "pay.leaving",
        "离职结算",
        (
            "离职 辞职 不干了 不做了 中途走 中途不做 中途离开 干不下去 自离 提前走 走的时候 不想干了 "
            "干不满 做不满 没干满 没做满"
        ),
        "",
        "离职 辞职 中途 自离 走人 不干 提前走 没干满 没做满 不满",
        anywhere=True,
    ),
    _f(
        "pay.payday",
        "发薪日",
        (
            "几号发 发薪 发工资 哪天发 什么时候发 啥时候发 什么时候出 几号出 几号开 开工资 打钱 工资哪天 "
            "到账 几号到 哪天到 几号给 哪天给 几号结 结一次 结工资 多久结 时候结 哪天结 多久发 发一次 一结 "
            "时候开 什么时候开 哪天开 关饷 发饷 领工资 发放 发钱 怎么结 咋结 如何结 咋发 怎么发 "
            "时候给 月月给 干完给 干完再给 干完才给 几号 一发 一周一 一礼拜一 一星期一 一个月一 "
            "月底发 月初发 月中发 "
            # 开支 is the day wages are paid in the north-east and Hebei (绿化工开支是哪天)
            "哪天开支 几号开支 开支是哪天 开支是几号 时候开支 开支日"
        ),
        "pay.payday",
    ),
    _f(
        "pay.withhold",
        "押工资",
        (
            "押工资 压工资 押工钱 压工钱 押不押 压不压 押一个月 压一个月 押金 押几天 押多少 压几天 "
            "压多少 压半个月 押半个月 压多久 押多久 会不会压 会不会押 压吗 押吗 压啊 压几个月 押几个月"
        ),
        "",
        "押 压",
        yesno=True,
    ),
    _f(
        "pay.settle",
        "结算方式",
        (
            "日结 周结 月结 天天结 当天结 按月发 按天发 按周发 按月结 按天结 按周结 "
            "每天结 一起结 做完结 一次结 一次性结 当天给 每天给 天天给"
        ),
        "pay.payday",
        "日结 周结 月结 当天结",
        text_first=True,
        unless=(
            "多少一天 一天多少 多少钱一天 一天几 几百一天 一天能拿 一天能挣 一日多少 多少一日 钱一日 一日几"
        ),
    ),
    _f(
        "pay.holiday",
        "过年",
        (
            "过年不回 春节不回 过年留 春节留 留岗 留厂过年 留下来过年 留下过年 在那过年 过年干 春节干 "
            "过年在 过年那几天 过年期间干 过年期间上班 过年上班给 过年给 过年出船 过年出车 过年出海 "
            "过年加钱 春节加钱 过年有没有加钱"
        ),
        "",
        "过年 春节 留岗 年三十 除夕 节假日 法定",
        yesno=True,
        anywhere=True,
    ),
    _f(
        "pay.overtime",
        "加班费",
        (
            "加班费 加班工资 加班钱 加班怎么算 加班算 加班给钱 加班有钱 加班给不给钱 加班咋 加班怎么 "
            "几倍 1.5倍 两倍 双倍 三倍 节假日 过节 法定 过年上班 过年加班 个小时了 个小时以上 小时以上 超时 "
            "多干的 多出来的"
        ),
        "pay.overtime",
        "加班 倍",
        unless="过节费 过节福利 过节礼 过节发",  # a holiday gift, not the pay for working the holiday
    ),
    _f(
        "pay.probation",
        "试用期工资",
        (
            "试用期工资 试用期多少 试用期拿 试用期几 学徒期工资 学徒期多少 学徒期拿 学徒工资 学徒多少 "
            "实习期工资 实习期多少 考核期工资 试用期打折 试用期打几折 打几折 试用期扣 "
            "实习工资 实习生工资 实习多少 实习拿 实习补贴 实习生多少"
        ),
        "",
        "试用期 学徒 实习 考核期 新手 新人 打折 折",
        anywhere=True,  # 学徒期每月3500 written in the training
    ),
    _f(
        "pay.piece",
        "计件计时",
        (
            "计件 计时 按件 按小时算 按天算 单价 一件多少 怎么算钱 咋算钱 工资怎么算的 钱怎么算 "
            "包月 一车 每车 "
            "件多少 副多少 双多少 只多少 模多少 台多少 米多少 趟多少 单多少 箱多少 车多少 吨多少 "
            "一间 每间 一趟 每趟 一单 每单 一箱 每箱 一吨 每吨 "
            "斤多少 一斤 每斤 公斤多少 一公斤 捆多少 一捆 每捆 按啥算 按什么算 票多少 一票 每票 "
            "条多少 一条 每条 平方多少 一平方 每平方 一平 每平 平多少 一方 每方 方多少 "
            "包多少 一包 每包 盒多少 一盒 每盒 袋多少 一袋 每袋 瓶多少 一瓶 每瓶 一张 每张 一片 每片 "
            "一根 每根 一卷 每卷 一筐 每筐 一桶 每桶 一托 每托 一板 每板 一套 每套 一台 每台 "
            "柜多少 一柜 每柜 一个柜 钱一个 个多少 一棵 每棵 棵多少 延米 一公里 每公里 公里多少"
        ),
        "pay.scheme",
        (
            "计件 计时 按件 单价 每趟 每单 每件 每间 每副 每双 每箱 每车 每吨 每个 一件 一单 一趟 一间 "
            "包月 按月 按斤 每斤 一斤 公斤 按捆 每捆 一捆 每票 一票 按天 每条 按条 每平方 按平方 "
            "一条 一双 一副 一只 一箱 一车 一吨 一平方 一套 一台 "
            "一包 每包 一盒 每盒 一袋 每袋 一瓶 每瓶 一张 每张 一片 每片 一根 每根 一卷 每卷 "
            "一筐 每筐 一桶 每桶 一托 每托 一板 每板 每套 每台 柜一个 一个柜 每柜 一柜 每棵 一棵 延米 "
            "每床 按床 按单 每公里 一公里 按公里"
        ),
        # 前台多少钱一个月 asks the month's pay of the job called 前台, no price of a 台; 叉车多钱
        # the pay of driving a forklift, no price of a truckload; 几多钱一个钟 the hour's pay.
        unless=(
            "前台多少 平台多少 吧台多少 站台多少 一个月 每个月 一个钟 一个小时 一个星期 一个礼拜 "
            "叉车多少 铲车多少 吊车多少 货车多少 卡车多少 天车多少 行车多少 开车多少 "
            "这个多少 那个多少"  # 珠海这个多少钱: the job pointed at, no price of one thing
        ),
    ),
    _f(
        "pay.hourly",
        "时薪",
        (
            "时薪 小时工价 小时工 一小时多少 每小时多少 1小时多少 多少一小时 多少钱一小时 小时多少 一个钟 "
            "一个小时 每个小时 1个小时 小时几块 一小时几 几块一小时 "
            "几块钱一小时 小时工资 时工资 小时费 小时给 每个钟 工价"
        ),
        "pay.hourly",
        "时薪 每小时 一小时 元/时 元/小时 块一小时 每钟 按钟 一钟",
        unless="提成",  # 一个钟提成多少: the cut of a session (a 钟 of massage), not an hourly wage
    ),
    _f(
        "pay.daily",
        "日薪",
        "日薪 一天多少 1天多少 多少一天 多少钱一天 每天多少 一天几多 几多钱一天 "
        "一日多少 多少一日 钱一日 每日多少 一日几多 几多钱一日 一个工多少 一工多少 一个工几 多少钱一个工",
        "pay.dayrate",
        "日薪 一天 每天 按天 点工",
    ),
    _f(
        "pay.peak",
        "旺季加钱",
        "双11 双十一 618 旺季 忙季 大促 忙的时候 高峰期 春节期间 过年期间",
        "",
        "双11 双十一 618 旺季 忙季 大促 高峰 春节 过年",
        yesno=True,
    ),
    _f(
        "pay.extra",
        "加钱",
        "加钱 多给 另加 额外给 多发 涨不涨 涨吗 涨多少 加价 多多少 多几块 加多少 加几多 加几百 多拿多少",
        "",
        "加 多给 多补 另 额外 多发 涨 多 后每 后时薪 后日薪 后月薪 后工资 做满 干满",
        yesno=True,
        unless="工资 薪 工龄 多发一个月 多发1个月",
    ),
    _f(
        "pay.extra_day",
        "多上一天",
        "多上一天 多干一天 多做一天 加一天班 多上一天班 多上几天",
        "",
        "多上 多干 多做 另算 另计",
        anywhere=True,
    ),
    _f("pay.negotiate", "工资面议", "能谈 可以谈 谈工资 谈价 面议 议价", "", "谈 面议", yesno=True),
    _f("pay.full_attendance", "满勤奖", "满勤 全勤 不请假", "", "满勤 全勤", yesno=True),
    _f(
        "pay.year_end",
        "年终奖",
        "年终奖 年终 13薪 十三薪 双薪 年底奖 年底有奖 年底有没有奖 年底发奖 年底红包 多发一个月 多发1个月",
        "",
        "年终 13薪 十三薪 双薪 年底奖 年底有 年底给 年底按 年底另有 年底红包 年底多发 年底分红 年底发奖 "
        "年末奖",
        yesno=True,
    ),
    _f(
        "pay.share",
        "分成比例",
        "抽几成 抽成 分成 几成 怎么分 咋分 咋个分 拿几成 抽多少 分多少 三七 四六 五五 比例",
        "",
        "分成 抽成 % 比例 三七 四六 五五 二八 七三 六四",
    ),
    _f(
        "pay.bonus",
        "奖金提成",
        "奖金 提成 绩效 过节费 节日福利 奖励 分红 季度奖 半年奖 月度奖",
        "",
        "奖金 提成 绩效 过节费 节日 奖励 分红 加2元 加1元 季度奖 半年奖 月度奖 留岗奖 年终奖 开门红 红包 "
        "另奖 返费 返现 做满 干满 冲量奖 产量奖 超产奖",
        yesno=True,
    ),
    _f(
        "pay.allowance",
        "补贴",
        "夜班补贴 夜班费 夜班津贴 高温补贴 高温费 技能补贴 岗位补贴 交通补贴 话费补贴 补贴 津贴 补助 车补 "
        "补多少 补几个钱 补几块 给补钱 补钱不 有补钱",
        "",
        "补贴 津贴 补助 夜班费 高温费 补 每小时加 每天加 每月加 每班加 另加 额外加",
        yesno=True,
    ),
    _f(
        "pay.raise",
        "涨薪",
        (
            "涨工资 涨薪 加薪 调薪 调工资 调几次 多久调 工龄工资 工龄奖 调整工资 调整薪资 调整薪酬 "
            "涨钱 给涨 涨不涨钱"
        ),
        "",
        "涨 加1元 加薪 调薪 工龄 后每 后时薪 后日薪 后月薪 后工资 多1元 多2元 多1块 多2块",
        yesno=True,
        anywhere=True,
    ),
    _f(
        "pay.net",
        "到手",
        "到手 实发 税后 拿到手 扣完",
        "pay.range",
        "到手 实发 税后",
        text_first=True,
    ),
    _f(
        "pay.total",
        "综合薪资",
        (
            "综合 到手 一个月多少 1个月多少 一个月有多少 一个月能拿 一个月拿 每个月多少 月薪 月入 "
            "一月多少 多少钱一个月 钱多少一个月 钱一个月多少 税后 能拿多少 拿多少 工资多少 薪资多少 "
            "工资怎么样 待遇 搞得多少 能搞多少 搞多少 挣得多少 赚得多少 拿得多少 "
            # 连加班啥的一共: the month's pay with the overtime in it, not the overtime rate
            "一共 总共 加起来 加一起 合起来"
        ),
        "pay.range",
    ),
    # ---------------------------------------------------------------- dorm
    _f(
        "dorm.children",
        "带孩子",
        "带娃 带孩子 带小孩 带儿子 带女儿 孩子 小孩 娃 小人 孙子 孙女 外孙",
        "",
        "孩 娃",
        yesno=True,
        anywhere=True,
    ),
    _f("dorm.pets", "带宠物", "宠物 带狗 养狗 带猫 养猫 狗 猫", "", "宠物 狗 猫", yesno=True, anywhere=True),
    _f(
        "dorm.couples",
        "夫妻房",
        (
            "夫妻 情侣 两口子 那口子 家属 带老婆 带老公 一起住 住一起 一块住 一块过去住 一起过去住 "
            "老公 老婆 媳妇 对象"
        ),
        "dorm.couples",
        "夫妻 家属",
        yesno=True,
        unless="老婆子 老婆婆",  # 俺们这些老婆子: old women, no wife brought along
    ),
    _f(
        "dorm.cooking",
        "宿舍做饭",
        "做饭 煮饭 烧饭 开火 电磁炉 电饭锅 自己煮",
        "",
        "做饭 煮饭 烧饭 开火 电磁炉",
        yesno=True,
    ),
    _f(
        "dorm.appliance",
        "宿舍电器",
        "吹风机 电吹风 电器 大功率 热得快 电热毯 卷发棒 电热水壶 烧水壶",
        "",
        "电器 功率 电热毯 吹风机",
        yesno=True,
    ),
    _f("dorm.wifi", "宿舍WiFi", "wifi 无线 网络 宽带 上网 有网", "", "wifi 无线 网络 宽带", yesno=True),
    _f("dorm.aircon", "宿舍空调", "空调 暖气 风扇", "", "空调 暖气 风扇", yesno=True),
    _f(
        "dorm.curfew",
        "门禁",
        "门禁 关门 锁门 宵禁 晚归 几点回 几点前回 几点之前回 查寝 查房",
        "",
        "门禁 关门 锁门 宵禁 晚归 点前回 点之前回 查寝 查房",
    ),
    _f(
        "dorm.hotwater",
        "热水洗澡",
        "热水 洗澡 淋浴 澡堂 浴室",
        "",
        "热水 洗澡 淋浴 浴室",
        yesno=True,
        # 有冇独立厕所冲凉房: a room of one's own to wash in is the bathroom, not the hot water
        unless="洗澡房 厕所 卫生间 洗手间 独卫 卫浴",
    ),
    _f(
        "dorm.bathroom",
        "独立卫浴",
        "卫生间 独卫 卫浴 厕所 洗手间 洗澡房",
        "",
        "卫生间 独卫 卫浴 独立卫 厕所 洗手间 公共浴室 公共厕所 公厕",
        yesno=True,
    ),
    _f("dorm.laundry", "洗衣机", "洗衣机 洗衣服 洗衣", "", "洗衣", yesno=True),
    _f(
        "dorm.allowance",
        "外宿补贴",
        "外宿 自己租 不住宿舍 住外面 外面住 住外头 外头住 住外边 外边住 "
        "外边租 外面租 外头租 在外租 出去租 出去住 租房补 租房有补 租房子有补 "
        "房补 住房补贴 租房补贴 住宿补贴 不住宿 不住厂 不住公司 补多少 "
        "不包住有补 不管住有补 不包住补 不管住补 不包住给补 不管住给补 不包住发补 不住给补 补不补 补钱 "
        "不包住有没有补 不住他那 不住那 不住里面 给补贴 有补贴 有没有补贴",
        "dorm.allowance",
        # 外宿 of 外宿补贴, not of 港区外宿舍
        "外宿补 外宿有 外宿给 外宿每 房补 住房补贴 租房补贴 住宿补贴 不住宿",
        yesno=True,
    ),
    _f(
        "dorm.rental",
        "帮找房子",
        "找房子 找房 帮忙找房 帮找房 介绍房子 找出租房 出租房 帮手找 帮忙租 帮租 找屋",
        "",
        "出租房 找房 租房 房源 介绍 群租 合租 帮忙",
        yesno=True,
    ),
    _f("dorm.floor", "楼层", "几楼 几层 楼层 电梯 几栋", "", "楼 层 电梯"),
    _f(
        "dorm.quiet",
        "宿舍安静",
        "吵 安静 噪音 隔音 睡觉 睡得着 补觉",
        "dorm.distance",
        "安静 吵 隔音 噪音",
        yesno=True,
        anywhere=True,
    ),
    _f(
        "dorm.bedding",
        "被褥",
        "被子 被褥 铺盖 床上用品 床垫 枕头 棉被",
        "",
        "被子 被褥 铺盖 床上用品 床垫 枕头 棉被",
        yesno=True,
    ),
    _f(
        "dorm.room",
        "几人间",
        (
            "几人 人间 人一间 几个人 多少个人 住几个 住多少个 几张床 单间 多少人 上下铺 床位 人还是 单独一间 "
            "单独住 一个人住 自己一间 独立一间 单人间"
        ),
        "dorm.room",
    ),
    _f(
        "dorm.utilities",
        "水电费",
        "水电 电费 水费 一度电 几毛一度 多少钱一度",
        "",
        "水电 电费 水费",
        text_first=True,
    ),
    _f(
        "dorm.fee",
        "住宿费",
        (
            "住宿费 收费 免费 要钱 交钱 多少钱 水电 房租 宿舍费 收钱 费用 扣钱 扣多少 宿舍钱 住宿钱 房钱 "
            "住宿怎么算 住宿咋算 住怎么算 花钱 花不花钱 掏钱 出钱 付钱 自费 贵不贵 收多少 收几多 收好多 "
            "几块钱 一个月多少 每月多少 一月多少 多少一个月 一个月交 每月交"
        ),
        "dorm.fee",
        "水电 住宿费 免费 房租 租房 租金",
    ),
    _f(
        "dorm.shuttle",
        "宿舍班车",
        "班车 厂车 接送 有车 通勤车",
        "",
        "班车 厂车 接送 通勤车",
        yesno=True,
        anywhere=True,
    ),
    _f(
        "dorm.distance",
        "宿舍距离",
        "远 近 距离 离厂 离车间 离仓库 离仓 离门店 离工地 离公司 离园区 离酒店 离医院 离场 "
        "走路 步行 几分钟 多久 厂内 厂外 厂里 对面 附近 宿舍在哪",
        "dorm.distance",
        # How a recruiter's note tells the way to work (离网点骑车10分钟, 工地旁边).
        "远 近 距离 离厂 离车间 离网点 离工地 离矿 离站点 分钟 公里 走路 步行 骑车 坐车 开车 隔壁 对面 "
        "旁边 附近 厂内 厂外 厂里 园区内 小区内 院内 楼上 楼下 厂区 班车 接送",
    ),
    _f(
        "dorm.livein",
        "住家",
        "住家 不住家 住在人家 住人家 住雇主家 住在雇主 住主家 住在主家 住在院里",
        "dorm.provided",
        "住家 雇主家 主家 院内 院里",
        text_first=True,
        yesno=True,
        anywhere=True,
    ),
    _f(
        "dorm.where",
        "住哪里",
        "住哪 住在哪 住哪里 睡哪 宿舍在哪 住的什么地方 住什么地方 住在什么地方",
        "dorm.distance dorm.provided",
        "宿舍在 住在 睡在 睡病房 陪护床 附近 对面 厂内 厂外 厂区 园区 工地 小区 楼上 板房 员工楼 宿舍楼 公寓 "
        "生活区 雇主家 农户家 农家 渔民家 老乡家 村里 镇上 市区 城里 可以住 住公司",
        text_first=True,
    ),
    _f("dorm.amenities", "宿舍设施", "设施 条件 环境 配套 家具", "dorm.amenities"),
    _f(
        "dorm.kind",
        "宿舍条件",
        "宿舍怎么样 宿舍咋样 宿舍如何 住的怎么样 住的咋样 住得怎么样 住得咋样 住宿怎么样 住宿咋样 住的什么屋 "
        "住什么屋 住的什么房 住什么房 住的什么样 住什么样 住的好不好 住得好不好",
        "dorm.room dorm.amenities",
    ),
    _f(
        "dorm.provided",
        "包住",
        "包住 管住 提供住 有宿舍 住宿吗 有住的 住不住 宿舍吗 有没有宿舍 提供宿舍 安排住 "
        "包不包 管不管 宿舍包吗",
        "dorm.provided",
        "包住 管住 提供住 提供宿舍 有宿舍 无宿舍 没有宿舍 没宿舍 不提供",
        yesno=True,
    ),
    # ---------------------------------------------------------------- canteen
    _f(
        "canteen.time",
        "开饭时间",
        "几点吃饭 吃饭时间 开饭 饭点 几点开饭 吃饭几点 吃饭多久 中间能吃饭 中间吃饭",
        "",
        "吃饭 开饭 饭点",
        anywhere=True,
    ),
    _f("canteen.halal", "清真", "清真 回民 回族 穆斯林 不吃猪", "", "清真", yesno=True),
    _f(
        "canteen.breakfast",
        "早餐",
        "早餐 早饭 早点 早上那顿 早上一顿 早上的饭 早上吃",
        "canteen.three_meals",
        "早餐 早饭 早晚餐 早中餐 早晚 中餐晚餐 午餐晚餐 中晚餐 午晚餐 中晚两餐 午饭晚饭 中饭晚饭",
        text_first=True,
        yesno=True,
    ),
    _f(
        "canteen.night",
        "夜宵",
        (
            "夜宵 宵夜 夜餐 晚上管饭 晚上吃 夜里吃 夜班吃 夜里吃饭 半夜吃饭 "
            "晚上有饭 半夜吃 夜班有夜宵 夜班有宵夜 夜班夜宵 夜班宵夜 夜班管饭 夜班有饭 "
            "夜班有东西吃 夜班有吃的 夜里有饭 半夜有饭 夜里有吃的 半夜有吃的 夜里饿 半夜饿 晚上饿 夜班饿"
        ),
        "",
        "夜宵 宵夜 夜餐 夜班餐 夜班饭 夜里的饭 夜班吃饭 夜班免费",
        yesno=True,
    ),
    _f(
        "canteen.lunch",
        "午饭",
        "中午管饭 中午吃 午饭 午餐 中餐 中午有饭",
        "canteen.meals",
        "午 中餐 中晚",
        text_first=True,
        yesno=True,
    ),
    _f(
        "canteen.dinner",
        "晚饭",
        "晚饭 晚餐",
        "canteen.provided canteen.meals",
        "晚饭 晚餐 中晚",
        text_first=True,
        yesno=True,
    ),
    _f(
        "canteen.subsidy",
        "餐补",
        "餐补 饭补 伙食补 吃饭补贴 餐费补贴 补贴 补助",
        "canteen.subsidy",
        "餐补 饭补 饭卡",
    ),
    _f(
        "canteen.cost",
        "餐费",
        (
            "多少钱 收费 收钱 咋收 怎么收 免费 要钱 扣钱 饭怎么算 饭咋算 饭钱 伙食费 餐费 一餐 一顿 交钱 "
            "付费 贵不贵 贵不 贵吗 贵么 花钱 自费 掏钱 自己出 自己付 付钱 出钱 刷卡 便宜 几块 折扣 优惠 "
            "扣多少 扣几块 扣不扣 扣吗 几块钱 管不管钱 管钱"
        ),
        "canteen.cost",
        "免费 扣 饭卡 刷卡 承担 公司出 不要钱 不收钱 自理 自费 一顿 一餐 每餐 每顿 折 优惠",
    ),
    _f(
        "canteen.meals",
        "几餐",
        "几顿 几餐 三餐 两餐 两顿 三顿 中餐 午餐 午饭 晚餐 晚饭",
        "canteen.meals",
        "餐 顿",
    ),
    _f(
        "canteen.cook",
        "谁做饭",
        "自己煮 有人煮 谁煮 自己做饭 谁做饭 有人做饭 自己烧饭 谁烧饭 自己做吃的 自己开火",
        "",
        "做饭 煮饭 烧饭 厨师 师傅做 轮流 开火",
    ),
    _f(
        "canteen.drink",
        "喝的",
        "随便喝 免费喝 能喝 可以喝 天天喝 每天喝 喝奶茶 喝饮料 有饮料 喝咖啡 有奶茶",
        "",
        "喝 饮料 奶茶 咖啡 果汁",
    ),
    _f(
        "canteen.taste",
        "伙食好坏",
        (
            "好吃 难吃 伙食好 吃得好 吃的好 几荤 荤素 有肉 吃得饱 口味 辣不辣 辣吗 辣么 辣嘛 吃辣 吃不了辣 "
            "咸不咸 清淡 "
            "有什么吃的 有啥吃的 有啥子吃的 吃什么菜 吃啥菜 什么菜 啥菜 啥子菜 吃不惯 吃得惯 吃得辣 "
            "伙食咋样 伙食怎么样 伙食怎样 伙食如何 伙食么样 伙食咋个样 伙食喃个样 伙食好不好 "
            "饭菜咋样 饭菜怎么样 饭菜么样 饭菜如何 饭菜好不好 吃的咋样 吃的怎么样 吃得怎么样 吃得咋样"
        ),
        "",
        "荤 素 肉 伙食不错 好吃 口味 辣 清淡 菜 面食 米饭 大厨 厨师 自助 窗口 "
        "水果 鸡腿 鸡蛋 牛奶 酸奶 饮料 汤 饺子 包子 馒头 面条 米粉 米线 粥 小炒 家常 吃一样 同吃 "
        "一起吃 大锅饭 新鲜 鱼 虾 海鲜 鸡 鸭 牛肉 猪肉 羊肉 排骨",
    ),
    _f(
        "canteen.provided",
        "包吃",
        "包吃 管吃 管饭 包饭 有食堂 食堂吗 提供吃 供餐 有饭 包食 包不包食",
        "canteen.provided",
        yesno=True,
    ),
    # ---------------------------------------------------------------- hours
    _at_home("hours"),
    _f(
        "hours.crew",
        "单驾双驾",
        "单驾 双驾 一人一车 两人一车 几个人开 几个司机 有没有副驾 副驾",
        "",
        "单驾 双驾 一人一车 两人一车 搭档 副驾 轮换",
        anywhere=True,
    ),
    _f(
        "hours.trip",
        "一趟几天",
        (
            "一趟几天 一趟多久 跑几天 几天回来 多久回来 多久回一次 多久能回家 多久回家 几天一趟 一趟下来 "
            "一个航次 航次 出海多久 出海几个月 出去几个月 出海一次 一次出海"
        ),
        "",
        "一趟 回家 回来 天一趟 休假 探亲 航次 回港",
        anywhere=True,
        unless="休几天 歇几天 休几",  # 跑几天休几天 asks the days on and off (跑三休二)
    ),
    _f(
        "hours.peak",
        "旺季",
        "旺季 双11 双十一 618 高峰 大促 赶货 爆单",
        "",
        "旺季 双11 双十一 618 高峰 大促 赶货 爆单",
        anywhere=True,
    ),
    _f(
        "hours.overtime",
        "加班多少",
        (
            "加班多 加班多吗 加班多不多 要加班 加不加班 有加班 加班吗 加班时间 经常加班 老加班 天天加班 "
            "常加班 可以不加 能不加 不想加班 强制加班 必须加班 自愿加班"
        ),
        "hours.daily",
        "加班",
        text_first=True,
        anywhere=True,
        unless="到很晚 到几点 到多晚",  # 要加班到很晚吗 asks the hour work ends
    ),
    _f(
        "hours.break",
        "午休",
        (
            "午休 中午休息 中间休息 中间有休息 中午有休息 中间能休息 休息多久 休息多长 休息几个小时 "
            "休息多少 吃饭时间 吃饭休息 含吃饭 包括吃饭 算吃饭 含不含吃饭"
        ),
        "",
        "午休 中午休息 中间休息 吃饭 休息一 休息半",
        unless="休几天 休息几天 月休 单休 双休 多少天 几天",
    ),
    _f(
        "hours.nap",
        "班上能否睡觉",
        "睡一下 睡一会 睡会 睡觉 打盹 打个盹 眯",
        "",
        "轮流休息 可以休息 能休息 休息 打盹 睡",
        anywhere=True,
    ),
    _f(
        "hours.until",
        "做到几月",
        (
            "干到几月 做到几月 干到什么时候 做到什么时候 干到啥时候 做到啥时候 "
            "几月份 几月结束 几月停 没活 干多久结束 季多久结束 季什么时候结束 季啥时候结束"
        ),
        "",
        "干到 做到 为止 停工 完工 摘到 采到 结束",
        anywhere=True,
    ),
    _f(
        "hours.holiday",
        "节假日",
        "过年 春节 国庆 五一 中秋 端午 节假日 法定假 年假 年休假 年休 带薪假 探亲假 除夕 大年三十 初一",
        "",
        "过年 春节 国庆 五一 中秋 端午 节假日 法定 年假 年休 带薪假 探亲假 除夕 初一 初二 初三 大年",
    ),
    _f(
        "hours.leave_pay",
        "请假扣钱",
        "请假扣 请假会扣 请假要扣 请假扣钱 请假扣不扣 请假扣工资 请假有钱",
        "",
        "请假",
        text_first=True,
    ),
    _f(
        "hours.leave",
        "请假",
        "请假 请个假 请几天假 请事假 请病假 能请假",
        "",
        "请假",
        text_first=True,
    ),
    _f(
        "hours.workdays",
        "每月上班天数",
        "上几天班 上多少天班 上班几天 一个月上几天 一个月上多少天 一个月做几天 一个月干几天",
        "",
        "上 做 干",
        text_first=True,
        unless="休 歇 最少 至少",
    ),
    _f(
        "hours.rest",
        "休息",
        (
            "休一天 休息一天 几天休 星期几休 周几休 哪天休 休息 单休 双休 休几天 放假 月休 "
            "做几休几 上几休几 几休几 上几天休几天 做几天休几天 干几天休几天 调休 大小周 周末 礼拜天 星期天 "
            "轮休 放几天 休假 歇几天 歇班 休班 公休 休多少天 休一次 休一回 多久休 咋歇 怎么歇 歇不歇 能歇 "
            "啥时候歇 几时歇 歇几回 多久歇 咋休 怎么休 休不休 休两天 歇两天 就休 才休 只休 就歇 才歇 只歇 "
            "能休 想休 休哪天 休多久 放多少天假 放几天假 放多少天 "
            "多久回家 多久可以回家 多久能回家 多久回一次家 回家一次 多久下船 几个月下船 回趟家 回一趟家 "
            "回一次家 多长时间能回 多长时间回"
        ),
        "hours.rest",
        "休",
    ),
    _f(
        "hours.rotation",
        "倒班",
        "倒一次 怎么倒 多久倒 几天倒 一周一倒 换一次班 换班 多久换 几天换 轮一次 多久轮",
        "",
        "一倒 倒一次 轮换 倒班 倒 换一次 一换 个月夜班 周夜班 天夜班 个月白班 周白班 天白班 班倒 三倒 三运转",
    ),
    _f(
        "hours.depart",
        "出发时间",
        "几点出发 几点集合 几点坐车 几点发车 几点上车 几点接 几点走 什么时候出发 啥时候出发",
        "",
        "车接 出发 集合 发车 上车 坐车 接送",
        anywhere=True,
    ),
    # 能兼职不: whether one may work part of the week, told only by a text saying 兼职
    _f("hours.parttime", "兼职", "兼职 周末工 只做周末 只干周末", "", "兼职", yesno=True, anywhere=True),
    _f("hours.allnight", "通宵", "通宵", "", "通宵", yesno=True),
    _f(
        "hours.fixed",
        "时间固定否",
        "时间固定 固定吗 固定不 固不固定 弹性 灵活 自由安排 自己安排 时间自由",
        "",
        "弹性 固定 灵活 自由 自己安排 自选",
        yesno=True,
    ),
    _f(
        "hours.clock",
        "上下班时间",
        "几点 上班时间 下班时间 上下班时间 几点到几点 到很晚 干到很晚 加班到多晚 到多晚 下班晚",
        "",
        # a time of day: a figure before 点 (8点, 八点, 8点半), a clock (8:30) or 早9晚6 as recruiters
        # write it; 网点 and 有点 give none
        "0点 1点 2点 3点 4点 5点 6点 7点 8点 9点 两点 三点 四点 五点 六点 七点 八点 九点 十点 点半 : ： "
        "早6 早7 早8 早9 早六 早七 早八 早九 晚5 晚6 晚7 晚8 晚五 晚六 "
        # or an hour told by what the day does (雪场开门前一小时, 天亮就上工)
        "开门前 开工前 开门后 天亮 天黑 日出",
        unless="多久 多长 几个小时 几小时 多少小时",
    ),
    _f(
        "hours.shift",
        "班次",
        "倒班 夜班 白班 两班 三班 轮班 班次 几班 长白 什么班 啥班 还是晚上 还是夜里 还是夜间 还是白天",
        "hours.shift",
        # 三班倒一天要干几个小时: the shifts name when; how long a day is asked
        unless="几个小时 几小时 多少小时 多少个小时 干多久 上多久 做多久 几个钟",
    ),
    _f("hours.duty", "值班", "值班 随叫随到 夜里叫", "", "值班 随叫 值夜班 值夜", yesno=True),
    _f(
        "hours.monthly",
        "每月工时",
        (
            "一个月多少小时 一个月做多少 一个月上多少 每月多少小时 每个月多少小时 一个月干多少 月工时 "
            "保多少 保底多少小时 一个月做得到多少 一个月多少个钟 每月多少个钟 一个月多少钟头 一个月多少个小时"
        ),
        "",
        "小时",
        anywhere=True,
    ),
    _f(
        "hours.season",
        "干多久",
        (
            "干几天 做几天 干多少天 做多少天 干几个月 做几个月 采摘期 干到几月 干到什么时候 "
            "到几月份 摘到几月 做到什么时候 几月结束 什么时候结束 几号结束 一季干多久"
        ),
        "",
        "采摘期 个月左右 为止 结束 一季 季节 干多久 干多长时间 做多久",
        anywhere=True,
        unless="一天 每天 一日 每日 天天",  # 一天干几个小时 asks the day's hours
    ),
    _f(
        "hours.daily",
        "每天工时",
        (
            "几个小时 几小时 多少小时 多少个小时 多久 工作时间 工时 上多久 "
            "干多久 时长 钟头 几个钟 好久 多长时间 几个点 多少个点 小时工作制 小时制"
        ),
        "hours.daily",
        "小时 钟头 个钟",
    ),
    # ---------------------------------------------------------------- requirements
    _term_facet("requirements"),
    _f("requirements.health_cert", "健康证", "健康证", "", "健康证", yesno=True, anywhere=True),
    _f(
        "requirements.licence_valid",
        "证件有效期",
        "过期 到期 有效期 年审",
        "",
        "有效期 过期 到期 年审 有效",
        yesno=True,
        anywhere=True,
    ),
    _f(
        "requirements.licence",
        "证件",
        (
            "叉车证 电工证 焊工证 上岗证 操作证 驾照 驾驶证 证书 持证 要证 什么证 啥证 "
            "有证 没证 无证 没有证 考证 证还没 证没考 证没拿 证没下来 证没办 证还在考 "
            "员证 师证 工证 嫂证 " + " ".join(DRIVING_CLASSES)
        ),
        "",
        "证 驾照",
        yesno=True,
        anywhere=True,
    ),
    _f(
        "requirements.medical",
        "体检",
        "体检 检查身体 身体检查 抽血 乙肝",
        "",
        "体检",
        yesno=True,
        anywhere=True,
    ),
    _f("requirements.tattoo", "纹身", "纹身 刺青 纹", "", "纹身", yesno=True, anywhere=True),
    _f("requirements.colour", "色盲", "色盲 色弱", "", "色盲 色弱", yesno=True, anywhere=True),
    _f(
        "requirements.hearing",
        "听障",
        "聋 听障 听力 耳朵听不见 耳朵不好 耳背 手语 哑巴 哑人 不会说话",
        "",
        "聋 听障 听力 手语 哑",
        yesno=True,
        anywhere=True,
    ),
    _f(
        "requirements.pregnant",
        "孕妇",
        "怀孕 孕妇 孕期 有身孕 大肚子 怀着孩子 怀娃",
        "",
        "孕",
        yesno=True,
        anywhere=True,
    ),
    _f(
        "requirements.mother",
        "生育",
        "生过 生育 没生 生娃 生孩子 生小孩 生过娃 有过孩子 当过妈 已育 未育",
        "",
        "生育 生过 已育 宝妈 当过妈",
        yesno=True,
        anywhere=True,
    ),
    _f(
        "requirements.blood",
        "晕血",
        "晕血 见血 怕血 看见血 看到血 看血 见不得血 看不得血",
        "",
        "晕血 见血 怕血 血腥",
        yesno=True,
        anywhere=True,
    ),
    _f(
        "requirements.eyesight",
        "视力",
        "近视 视力 眼睛 眼镜 眼神 眼花 老花 花眼",
        "",
        "近视 视力 眼睛 眼镜 眼神 眼力 放大镜",
        yesno=True,
        anywhere=True,
    ),
    _f(
        "requirements.computer",
        "电脑",
        "电脑 excel 打字 办公软件 表格 word wps",
        "",
        "电脑 excel 表格 word 办公",
        yesno=True,
    ),
    _f("requirements.letters", "认字母", "字母 英文 英语", "", "字母 英文 英语", yesno=True, anywhere=True),
    _f("requirements.veteran", "退伍军人", "当过兵 当兵 退伍 军人", "", "退伍 军人 当过兵", yesno=True),
    _f(
        "requirements.jewelry",
        "首饰",
        "戒指 首饰 耳环 耳钉 项链 手链 手镯",
        "",
        "首饰 戒指 耳环 项链",
        yesno=True,
        anywhere=True,
    ),
    _f(
        "requirements.hair",
        "发型",
        "染发 染头 头发 黄头发 长发 发型 黄毛 红毛 绿毛 彩色头 染了",
        "",
        "染发 头发 长发 染彩 染色",
        yesno=True,
    ),
    _f(
        "requirements.makeup",
        "化妆",
        "化妆 化淡妆 化个妆 化点妆 口红 美甲 指甲 指甲油",
        "",
        "化妆 妆 指甲油 指甲 美甲 口红",
        yesno=True,
        anywhere=True,
    ),
    _f(
        "requirements.smoking",
        "抽烟",
        "抽烟 吸烟 抽根烟 烟瘾 抽支烟",
        "",
        "烟 不良嗜好",
        yesno=True,
        anywhere=True,
    ),
    _f(
        "requirements.dialect",
        "方言",
        # 要会方言吗: a text naming a dialect first, else what it says of Mandarin
        "粤语 广东话 白话 客家话 闽南话 潮汕话 上海话 四川话 温州话 方言 本地话",
        "",
        "粤语 广东话 白话 客家话 闽南话 潮汕话 上海话 四川话 温州话 方言 本地话 普通话",
        yesno=True,
        anywhere=True,
    ),
    _f("requirements.mandarin", "普通话", "普通话 口音 汉语", "", "普通话 汉语", yesno=True),
    _f(
        "requirements.ethnic",
        "民族",
        "维族 维吾尔 哈萨克 朝鲜族",
        "",
        "民族",
        yesno=True,
    ),
    _f(
        "requirements.record",
        "案底",
        "案底 前科 犯罪 政审 背调 背景调查 征信 局子 坐牢 坐过牢 劳改 蹲过 进去过 犯过事 号子 派出所",
        "",
        "案底 前科 犯罪 背调 征信",
        yesno=True,
    ),
    _f(
        "requirements.drink",
        "酒驾",
        "酒驾 醉驾 喝酒被查 喝了酒 喝了点酒 喝过酒 查酒驾 被查过 酒后",
        "",
        "酒驾 醉驾 饮酒 酒后",
        yesno=True,
        anywhere=True,
    ),
    _f(
        "requirements.accident",
        "事故",
        "出过事故 出过一回事故 出过一次事故 出事故 出了事故 有过事故 撞过 剐了 剐过 肇事",
        "",
        "事故",
        yesno=True,
        anywhere=True,
    ),
    _f(
        "requirements.height",
        "身高",
        "身高 多高 个子 个头 米几 公分",
        "",
        "身高 cm 厘米 公分",
        yesno=True,
        anywhere=True,
        # 要多高的学历 asks how much schooling
        unless="多高的学历 多高学历 学历多高 学历要多高 多高的文凭",
    ),
    _f(
        "requirements.illness",
        "病史",
        (
            "过敏 鼻炎 哮喘 高血压 心脏病 糖尿病 皮肤病 传染病 慢性病 "
            "病史 有病 腰间盘 腰椎 腰不好 腰疼 腰痛 关节炎 风湿 颈椎 恐高 怕高"
        ),
        "",
        "过敏 鼻炎 哮喘 高血压 心脏病 糖尿病 皮肤病 传染病 慢性病 病史 腰 关节 风湿 颈椎 恐高",
        yesno=True,
        anywhere=True,
    ),
    _f(
        "requirements.literacy",
        "识字",
        "识字 认字 不认识字 认不全 字都 写字 文盲 写名字 识几个字 认几个字 不识几个",
        "requirements.education",
        "识字 认字 名字 写字 汉字 看懂字",
        text_first=True,
    ),
    _f(
        "requirements.skill",
        "技能",
        ("要会什么 要会啥 要会些 会些什么 会些啥 需要会 要会 得会 技能 技术要求 什么技术 啥技术 会哪些"),
        "requirements.experience",
        "会 懂 熟悉 看得懂",
        text_first=True,
    ),
    _group("requirements"),
    _f(
        "requirements.age",
        "年龄",
        "年龄 岁 多大 年纪 岁数 超龄 刚满 才满 未成年 未满18 未满十八 不满18 不满十八",
        "requirements.age",
    ),
    _f(
        "requirements.student",
        "在校生",
        (
            "没毕业 还没毕业 未毕业 在校生 在校 应届 学生能 学生可以 学生收不收 学生要不要 实习生 "
            "在读 放暑假 暑假能"
        ),
        "",
        "应届 在校 学生 实习 毕业证",
        yesno=True,
        anywhere=True,
        # 高中没毕业能干吗: a school left before its end asks the schooling required, not a student's place
        unless=(
            "初中没毕业 高中没毕业 中专没毕业 技校没毕业 职高没毕业 初中没读完 高中没读完 "
            "初中都没毕业 高中都没毕业"
        ),
    ),
    _f(
        "requirements.education",
        "学历",
        "学历 文化 毕业 初中 高中 中专 大专 本科 文凭 小学 专业 读",
        "requirements.education",
    ),
    _f(
        "requirements.gender",
        "性别",
        (
            "男 女 性别 女生 男生 女孩 男孩 女的 男的 爷们 娘们 姑娘 妇女 小伙 妹子 女娃 男娃 小妹 "
            "媳妇 老婆 婆姨"
        ),
        "requirements.gender",
        yesno=True,
    ),
    _f(
        "requirements.experience",
        "经验",
        (
            "经验 新手 没干过 没做过 小白 熟手 零基础 没踩过 没学过 没接触过 没碰过 没用过 没开过 不会 现学 "
            "驾龄 刚拿证 刚拿驾照 刚考的证 新司机 可以学 能去学 能来学 学得会 开过 "
            "干过几年 做过几年 要干过 要做过 "
            "干过 做过 踩过 年经验 几年车 开了几年 开几年"
        ),
        "requirements.experience",
        yesno=True,
        unless="会不会",  # 工资会不会拖 asks whether, not one who cannot
    ),
    # ---------------------------------------------------------------- location
    _f(
        "location.school",
        "子女上学",
        "上学 读书 入学 公办 民办 幼儿园 小学 初中 转学 借读 念书",
        "",
        "学校 小学 入学 公办 民办 幼儿园 积分 读书 上学 借读",
        yesno=True,
        anywhere=True,
    ),
    _f(
        "location.posting",
        "外派",
        "外派 派到外地 派去外地 派外地 派出去 调到外地 调去外地",
        "",
        "外派 外地 派到 派去 市内 本市",
        yesno=True,
        anywhere=True,
    ),
    _f(
        "location.fare",
        "路费",
        "路费 车费 车票 机票 报销 坐车的钱 坐车钱 车钱 来回的钱",
        "",
        "路费 车费 车票 机票 交通费 交通补贴 路费补贴 车费补贴",
        anywhere=True,
    ),
    _f(
        "location.pickup",
        "接站",
        (
            "接站 接人 来接 接吗 站接 接不接 有人接 去接 接一下 接我 谁接 哪个接 有接 接的 "
            "站能接 站给接 场能接 场给接 几点接 几点钟接 什么时候接 哪天接 几号接"
        ),
        "location.pickup",
        "接",
    ),
    _f(
        "location.commute",
        "班车",
        "班车 厂车 通勤车 通勤 接送 下班怎么回 下班了怎么回 下班咋回 怎么回去 咋回去 怎么回宿舍",
        "",
        "班车 厂车 通勤 接送",
        yesno=True,
        anywhere=True,
    ),
    _f(
        "location.downtown",
        "离市区",
        (
            "离市区 离市里 离市中心 离城里 离县城 离城区 离镇上 到市区 到市里 去市区 去市里 "
            "进城 进市区 市区远 市里远 市中心远 城里远 市区多远 市里多远 市中心多远 城里多远 县城多远"
        ),
        "",
        "市区 市中心 城区 市里 县城 镇上 城里 主城",
        anywhere=True,  # 场站在山上，离县城40公里 written of the dorm
    ),
    _f(
        "location.transport",
        "交通",
        (
            "班车 地铁 公交 怎么去 怎么过去 交通 坐车 打车 几路 怎么走 怎么到 高铁 火车 "
            "什么车 啥车 车过去 怎么坐 几号线 厂车 通勤车 在哪坐 哪里坐 哪坐"
        ),
        "location.transport",
    ),
    _f(
        "location.address",
        "地址",
        "地址 在哪 哪里 位置 哪个区 哪个镇 具体位置 地点 定位 导航 哪个城市",
        "location.address employer.address",
    ),
    # ---------------------------------------------------------------- apply
    _group("apply"),
    _f(
        "apply.headcount",
        "招几人",
        "名额 招几个 招多少 要几个 还要几个 还缺 缺几个 缺人 几个人 多少人 招人 要多少人 只招 就招 才招",
        "apply.headcount",
    ),
    _f(
        "apply.documents",
        "带什么",
        "带什么 带啥 材料 资料 准备什么 要带 证件 照片 一寸照 寸照 证件照",
        "",
        "身份证 银行卡 证件 照片 原件 携带 带上 带好 需带 要带 请带 带齐 带着 带自己 自带",
        anywhere=True,
    ),
    _f(
        "apply.fee",
        "报名收费",
        "交钱 要钱 收费 收钱 费用 免费",
        "employer.agency_fee",
        "交钱 要钱 收费 收钱 费",
    ),
    _term_facet("apply"),
    _f(
        "apply.trial",
        "试工",
        "试干 试工 试岗 试车 试一下 试试 先干 先试 试两天 试几天 试一天",
        "",
        "试干 试工 试岗 试车 试做",
        anywhere=True,
        unless="啥时候上班 什么时候上班 多久上班 几号上班 哪天上班 多久能上班",
    ),
    _f(
        "apply.test",
        "入职考试",
        "考试 笔试 考核 考啥 考什么 考些啥 考些什么 要考吗 测试 挂科 考焊",
        "",
        "笔试 考试 考核 测试 实操 体能 试菜 考焊",
        yesno=True,
        anywhere=True,
        unless="面试 考证 考啥证 考什么证 证要考 驾照",  # the interview, or a certificate, is asked
    ),
    _f(
        "apply.where",
        "去哪面试",
        "去哪面试 在哪面试 哪里面试 哪面试 面试地点 面试在哪 面试地址 去哪报到 在哪报到 哪里报到 报到地点",
        "apply.interview",
        "到 在",
        text_first=True,
    ),
    _f(
        "apply.interview",
        "面试",
        "面试 去面 几点面 来面 面一下 面几轮 面几次 几轮",
        "apply.interview",
        unless=(
            "多久上班 多久入职 几天上班 几天入职 什么时候上班 什么时候入职 啥时候上班 啥时候入职 "
            "能上班 能入职 可以上班 可以入职 就上班 就入职 多久能上 多久到岗 上岗 "
            # 面试要一寸照不: what one brings to it, not the interview itself
            "照片 一寸照 寸照 证件照 带什么 带啥 要带"
        ),
    ),
    _f(
        "apply.start",
        "入职时间",
        (
            "入职 上班 什么时候 多久 到岗 哪天 几号去 几号开始 哪天开始 马上 明天 今天 后天 随时 立刻 "
            "上户 上岗 几天能 几天可以 当天能进 当天进厂 当天入职 能进厂 开班 月前 号前 之前到 前到 前要到 "
            "必须到"
        ),
        "apply.start",
    ),
    _f(
        "apply.contact",
        "联系电话",
        "电话 手机号 微信 vx wx qq 号码 加v 加个v 联系人 热线",
        "",
        "电话 手机 微信 vx wx qq 热线 联系人",
        text_first=True,
    ),
    _f(
        "apply.how",
        "报名方式",
        "报名 怎么 如何 应聘 投递 联系 下一步 报了名 报完名 找谁",
        "apply.how apply.command",
    ),
    # ---------------------------------------------------------------- insurance
    _f(
        "insurance.both",
        "五险一金",
        "五险一金 社保公积金 社保和公积金",
        "insurance.social insurance.housing_fund",
    ),
    _f("insurance.housing_fund", "公积金", "公积金 一金", "insurance.housing_fund", yesno=True),
    _f(
        "insurance.optout",
        "不买社保",
        "不买社保 不交社保 不买保险 不交保险 不要社保 不想交 不想买 不买 不交 自愿",
        "",
        "不买 不交 自愿 选择 可选 不想买 不想交 折现",
        yesno=True,
        unless="交不交 买不买 缴不缴",
    ),
    _f(
        "insurance.when",
        "社保何时买",
        (
            "什么时候买 啥时候买 什么时候交 啥时候交 什么时候缴 多久买 多久交 几个月买 几时买 "
            "马上买 入职就买 入职买 时候给交 时候给买 时候给上 时候上 时候开始交 时候开始买"
        ),
        "insurance.social",
        "入职 转正 试用期 个月 满 当月 当天 第二天",
        text_first=True,
    ),
    _f(
        "insurance.vehicle",
        "车辆保险",
        "车有保险 车保险 车险 全险 交强险 商业险 车辆保险 车上保险 剐了 蹭了 撞了",
        "",
        "全险 车险 交强险 商业险 车辆保险 车损",
        anywhere=True,
    ),
    _f(
        "insurance.cover",
        "保额",
        "保额 保多少 保几多 保好多 最高赔 最多赔 保险赔多少 意外险赔多少",
        "",
        "保额 万 赔",
    ),
    _f(
        "insurance.social",
        "社保",
        "社保 五险 保险 几险 医保 工伤",
        "insurance.social",
        "社保 五险 保险 险 医保 工伤",
    ),
    # ---------------------------------------------------------------- prospects
    _f(
        "prospects.probation",
        "试用期",
        "试用期 转正 学徒期 实习期",
        "",
        "试用期 转正 学徒期 实习期",
        anywhere=True,
        # 转正以后涨工资吗 asks the raise; 转正 only says from when
        unless="正式工 正式员工 后涨 以后涨 之后涨 了涨 后加薪 以后加薪 了加薪 后调薪 以后调薪 了调薪",
    ),
    _f(
        "prospects.stay",
        "能否留用",
        "留下 留用 能留 留在 留厂 留任 毕业后能 实习完 实习结束",
        "",
        "留用 留下 转正 直接转 签约 毕业后",
        yesno=True,
        anywhere=True,
    ),
    _f(
        "prospects.regular",
        "转正式工",
        "正式工 正式员工 转正式 合同工 编制",
        "",
        "正式工 正式员工 合同工 编制",
        yesno=True,
        anywhere=True,
    ),
    _f(
        "prospects.training",
        "培训",
        "培训 学技术 带教 师傅 教 带人 有人带 学 考证 考啥证 考什么证 要考",
        "prospects.training",
        (
            "培训 带教 师傅带 老带新 有人带 手把手 岗前 学徒期 出师 的教 会教 包教 教会 负责教 "
            "老员工带 老骑手带 老手带 熟手带 老工人带 带新人"
        ),
        anywhere=True,
        # 考证的钱能退不 asks a refund, not the training; 要考驾照不 what one must hold
        unless="能退 退不退 退吗 退还 退钱 驾照 驾驶证",
    ),
    _f(
        "prospects.raise",
        "涨薪",
        "涨工资 涨薪 加薪 调薪 调工资 调几次 多久调 涨钱 工龄工资 工龄奖 涨几次 涨一次 能涨 涨几回 调几回 "
        "工资涨 涨不涨 会涨",
        "",
        (
            "涨 调薪 调一次薪 调资 加薪 工龄 调一次 调工资 后每 后时薪 后日薪 后月薪 后工资 "
            "每小时加 每小时补 加1元 加2元 调两次 调三次"
        ),
        anywhere=True,
    ),
    _f(
        "prospects.path",
        "晋升",
        "晋升 升职 发展 前途 前景 升 当组长 当班长 能当 当上 做到 转成 出路 奔头",
        "prospects.path",
    ),
    # ---------------------------------------------------------------- duties
    _f(
        "duties.ward_age",
        "照顾对象",
        (
            "多大的娃 多大的孩子 多大的宝宝 多大的小孩 几岁的娃 几岁的孩子 几岁的宝宝 几岁的小孩 "
            "带多大 带几岁 照顾多大"
        ),
        "",
        "岁 个月 月龄",
        anywhere=True,
    ),
    _f(
        "duties.height",
        "作业高度",
        "多高 几米 多少米 高不高 几层楼",
        "",
        "米 层",
        anywhere=True,
    ),
    _f(
        "duties.vehicle",
        "开什么车",
        (
            "车况 什么车 啥车 车头 车型 车龄 新车 旧车 老车 多长的车 几米的车 开多长 多少座 几座 几个座 "
            "多大吨位 几吨 吨位 多少吨"
        ),
        "",
        "车龄 国六 国五 解放 欧曼 重汽 东风 陕汽 一汽 新车 车况 品牌 座 吨 挂车 厢式",
        anywhere=True,
    ),
    _f(
        "duties.power",
        "电动还是烧油",
        "电的还是 电动的还是 电动还是 电瓶的还是 电瓶还是 烧油 油车 电车 柴油 汽油 电叉 内燃 烧气",
        "",
        "电动 电瓶 锂电 柴油 燃油 内燃 汽油 燃气 新能源 烧油",
    ),
    _f(
        "duties.route",
        "跑的线路",
        (
            "跑哪 哪条线 什么线 啥线 路线 线路 跑长途 跑短途 长途还是 短途还是 出省 跑省内 跑外省 往哪跑 "
            "跑南方 跑北方 往南 往北 长途吗 短途吗 长途不 短途不"
        ),
        "",
        "干线 线路 路线 专线 长途 短途 省内 省外 跨省 出省 市内 同城 跑",
        anywhere=True,
    ),
    _f(
        "duties.cargo",
        "拉运什么",
        "拉啥 拉什么 运啥 运什么 拉的啥 拉的什么 装的啥 啥货 什么货 拉哪样 运哪样",
        "",
        "运输 运送 配送 拉运 拉货 货物 拉 送 百货 粮油 蔬菜 饮料 化肥 建材 家电 包裹",
        anywhere=True,
    ),
    _f("duties.tickets", "售票", "卖票 售票 收钱 收票", "", "售票 卖票 收票 投币 刷卡", anywhere=True),
    _f(
        "duties.quota",
        "定额",
        (
            "定额 任务量 指标 产量 做几间 做多少间 几间房 多少间 打扫几间 做几个 做多少个 一天几间 "
            "一天几个 一天做几 一天几单 一天多少单 一天几件 一天多少件 照顾几个 负责几个 带几个 管几个 几位 "
            "一天能 每天能 一天下来 能拾多少 能摘多少 能采多少 能装多少 "
            "跑几个 跑多少 送几个 送多少 跑几趟 跑几家 送几家 几个点 几个店 几家店 几栋 多少栋 "
            "多少个电话 几个电话 多少电话 多少通 几通 打多少个 打几个"
        ),
        "",
        "定额 指标 任务量 产量 每天做 一天做 每人 一人 一个人 每班 标准 负责 照顾 "
        "一天能 每天能 一对 每对 一般做 点位 家店 个店 管 外呼 个电话 通电话",
        anywhere=True,
    ),
    _f(
        "duties.smell",
        "气味",
        "味道 气味 异味 刺鼻 臭 味大 有毒 有味 冇味 没味 味重 啥味 味儿 腥 墨味 胶味 漆味 料味 水味",
        "",
        "味",
        yesno=True,
    ),
    _f("duties.fumes", "烟", "有烟 烟大 烟味 焊烟 烟雾 油烟 冒烟 呛", "", "烟", yesno=True),
    _f(
        "duties.dust",
        "粉尘",
        "灰尘 粉尘 灰大 灰多 有灰 灰吗 灰么 灰不 伤肺",
        "",
        "尘 灰 棉絮 飞絮 口罩",
        yesno=True,
    ),
    _f(
        "duties.harm",
        "伤不伤身体",
        "伤身体 伤身子 伤不伤身 对身体有 对身体好不好 对身体不好 对身体影响 影响身体 危害身体",
        "",
        "毒 防护 面具 面罩 口罩 有害 无害 劳保 气味",
        unless="辐射",  # 有辐射吗 伤身体吗: the radiation asked is found by its own word, else missing
    ),
    _f("duties.cleanroom", "无尘服", "无尘 防静电 静电服 洁净服", "", "无尘 静电 洁净"),
    _f(
        "duties.clothes",
        "工作服发放",
        "工作服发 发工作服 发衣服 衣服发 服发 工衣发 工作服要钱 工作服免费 衣服要钱 发工服 发工衣 发工装",
        "",
        # the clothes themselves, whoever provides them (工作服公司发, 两套工装免费): a text of tools
        # given is no answer
        "工作服 工服 工衣 工装 衣服 制服 服装 厂服 防护服 无尘服 劳保 帽 鞋 雨靴",
    ),
    _f(
        "duties.uniform",
        "用品发放",
        "自己买 要自己买",
        "",
        # who provides the thing: 安全绳、吊板公司提供; 工具公司配
        "发 免费 自费 扣 买 统一 提供 公司配 公司给 配发 自带 自备",
    ),
    _f(
        "duties.wear",
        "穿着",
        "穿 工作服 工服 防护服 衣服 工衣 工装 劳保鞋 厂服 戴什么 戴啥",
        "",
        "穿 工服 工衣 工作服 衣服 制服 防护服 无尘服 洁净服 静电服 工装 鞋 帽 厂服 戴 手套 袖套 围裙 "
        "雨靴 雨鞋",
        unless="做的 生产 做什么 做啥",
    ),
    _f(
        "duties.eyes",
        "费眼睛",
        "伤眼 伤眼睛 费眼 费眼睛 眼睛累 眼睛疼 眼睛痛 眼睛受 眼花 伤视力 看瞎",
        "",
        "眼睛 伤眼 费眼 眼累 眼疲劳 护眼",
    ),
    _f("duties.aircon", "车间空调", "空调 冷气 风扇", "", "空调 冷气 风扇", yesno=True),
    _f("duties.floor", "地面湿滑", "滑不滑 滑吗 滑么 滑嘛 湿滑 地滑 地上湿 地面湿", "", "滑 积水"),
    _f(
        "duties.damp",
        "潮湿",
        "潮不潮 潮吗 潮么 潮湿 湿不湿 湿气 水汽 满地是水",
        "",
        "潮 湿 水汽 防水 胶鞋 雨靴 雨鞋",
    ),
    _f(
        "duties.sun",
        "日晒",
        "晒不晒 晒吗 晒黑 日晒 晒太阳 防晒 太阳大 太阳底下",
        "",
        "晒 太阳 防晒 遮阳 户外 室外 露天",
        yesno=True,
        anywhere=True,
    ),
    _f(
        "duties.temperature",
        "冷热",
        "冷不冷 热不热 冷吗 热吗 多冷 多热 好冷 好热 多少度 几度 温度 高温 低温 冻不冻 冻吗 冻人",
        "",
        "度 温 空调 风扇 热 寒 凉 零下 手冷 很冷 挺冷 冻手 冻脚 冬天 暖和 防寒 棉大衣 军大衣",
        yesno=True,
    ),
    _f(
        "duties.night",
        "起夜",
        "起夜 晚上起来 夜里起来 半夜起来 要起来 起几次 起来几回 起来几次",
        "",
        "起夜 起来 夜奶 夜里 半夜",
        anywhere=True,
    ),
    _f("duties.noise", "噪音", "吵 噪音 噪声 声音 耳朵", "", "噪音 吵 耳塞 声音"),
    _f(
        "duties.phone",
        "带手机",
        "带手机 玩手机 手机能带 能带手机 用手机 看手机 交手机 存手机 手机带进 手机能不能带 手机可以带",
        "",
        "带手机 玩手机 手机要交 交手机 存手机 手机柜 手机不能 手机可以 不能带手机 可以带手机 手机统一 手机放 "
        "储物柜 更衣柜",
        yesno=True,
        anywhere=True,
        unless="手机屏 手机壳 手机厂",  # 看手机屏幕的 names the job by its work, not a phone of one's own
    ),
    _f(
        "duties.posture",
        "站班坐班",
        "站 坐",
        "duties.posture",
        # A text saying so (站着干, 久坐), not any 站 (站点系统派单) or 坐 (坐车)
        "站班 坐班 站着 坐着 站立 久站 久坐 站一 坐一 站岗 站的 坐的 要站 要坐 站起 坐起 站姿 坐姿",
        # 站点是否提供充电的地方: a station, a ride, not standing or sitting at work
        unless="站点 车站 接站 站长 火车站 高铁站 汽车站 网站 坐车 坐地铁 坐公交 坐高铁 坐火车 乘坐",
    ),
    _f(
        "duties.weight",
        "搬多重",
        (
            "重不重 多重 几斤 多少斤 重量 搬得动 搬动 搬不动 东西重 "
            "货重 搬重 重物 重东西 最重 力气 最沉 多沉 沉不沉 重的东西 很重 太重 活重 重活 活儿重"
        ),
        "duties.intensity",
        "斤 公斤 千克 kg 重物 最重 比较重 很重 挺重 较重 有点重 偏重 太重",
        text_first=True,
        anywhere=True,  # 能扛100斤以上 written among the requirements
    ),
    _f(
        "duties.slope",
        "坡陡",
        "陡 爬山 爬坡 上山 山坡 坡大",
        "",
        "陡 坡 防滑 爬山 爬坡",
        yesno=True,
    ),
    _f(
        "duties.carry",
        "搬东西",
        "搬东西 要搬 搬货 搬箱 搬运 扛 抬",
        "",
        "搬 扛 抬 装卸 转运 卸车 装车 卸货 装货 上货 下货",
        yesno=True,
    ),
    _at_home("duties"),
    _f(
        "duties.busy",
        "忙不忙",
        "忙吗 忙不忙 忙不 很忙 忙的 多忙 活多 活最多 活少 单多 旺季 淡季",
        "",
        "忙 旺季 赶货 赶单 活多 活最多 活少",
        anywhere=True,
    ),
    _f(
        "duties.gear",
        "劳保用品",
        (
            "口罩 手套 耳塞 面具 面罩 劳保用品 安全帽 护目镜 戴什么 要戴 戴啥 戴哪样 "
            "棉衣 棉服 棉大衣 防寒服 棉鞋 棉袄 军大衣 羽绒服 保暖衣"
        ),
        "",
        "口罩 手套 耳塞 面具 面罩 劳保 安全帽 护目镜 棉衣 棉服 棉大衣 防寒 棉鞋 棉袄 军大衣 羽绒服 保暖",
        yesno=True,
    ),
    _f(
        "duties.walk",
        "走动多少",
        "走多少 多少路 多少步 几步 几万步 走几公里 走好多",
        "",
        "步 公里 里路",
        text_first=True,
    ),
    _f(
        "duties.learn",
        "好不好学",
        "难学 好学 难不难学 好不好学 学得会 学不会 多久学会 多久能学会 多久上手 好上手 上手快 容易学 学多久",
        "prospects.training",
        "上手 学会 好学 出师 师傅带 带教 手把手 教会 培训",
        text_first=True,
        anywhere=True,
    ),
    _f(
        "duties.intensity",
        "劳动强度",
        "累 辛苦 轻松 强度 重不重 搬 体力 苦 难不难 好做 好干 走路 吃力",
        "duties.intensity",
    ),
    _f(
        "duties.content",
        "工作内容",
        (
            "做什么 干什么 工作内容 干啥 做啥 具体做 具体干 负责 是干嘛 "
            "具体装 装什么 装啥 焊什么 修什么 修啥 具体 "
            "做的什么 干什么活 做的啥 干的什么 干的啥 生产什么 生产啥 什么产品 啥产品 "
            "查什么 查啥 检查什么 检查啥 检什么 测什么"
        ),
        "duties.content",
    ),
    # ---------------------------------------------------------------- legitimacy
    _f(
        "legitimacy.loan",
        "培训贷",
        "培训贷 贷款 网贷 分期 借贷",
        "",
        "培训贷 贷款 网贷 分期 借贷",
        anywhere=True,
    ),
    _f(
        "legitimacy.papers",
        "扣证件",
        (
            "押证 扣证 押身份证 扣身份证 押不押证件 扣不扣证件 "
            "押证件 扣证件 收证件 收身份证 押不押身份证 扣不扣身份证 "
            "扣护照 收护照 押护照 护照扣 护照收 护照交 护照要交 护照谁 护照保管 护照自己"
        ),
        "",
        "押证 扣证 扣押 押身份证 扣身份证 护照",
        yesno=True,
    ),
    _f(
        "legitimacy.refund",
        "退钱",
        "退吗 退不退 能退 会退 退还 退钱 退回 退给 还给 返还吗 返不返还 给退",
        "",
        "退 返还",
        yesno=True,
        anywhere=True,
    ),
    _f("legitimacy.rebate", "返费", "返费 返现 返钱", "", "返费 返现 返钱 返工时 返还 返", anywhere=True),
    _f(
        "legitimacy.agency_fee",
        "收费",
        "中介费 介绍费 报名费 收费 收钱 交钱 费用 要钱 押金 服务费 收不收 学费 培训费",
        "employer.agency_fee",
        "费 交钱 要钱 收钱",
    ),
    _f(
        "legitimacy.ownership",
        "企业性质",
        (
            "国企 外企 台企 日企 港企 韩企 美企 央企 私企 民企 民营 国营 台资 外资 内资 港资 日资 韩资 "
            "美资 欧资 德资 合资 陆企 陆资 上市"
        ),
        "",
        "台资 台企 港资 外资 内资 日资 韩资 美资 欧资 德资 国企 国有 央企 私企 民营 民企 上市 合资 独资 陆资",
        anywhere=True,
    ),
    _f(
        "legitimacy.founded",
        "成立年份",
        (
            "开了多少年 开了几年 成立多少年 成立了多少年 成立几年 成立多久 哪年成立 什么时候成立 "
            "开多久了 办了多少年"
        ),
        "",
        "成立 创立 创办 建厂 开业",
        anywhere=True,
    ),
    _f("legitimacy.contract", "合同", "合同 跟谁签 和谁签 签谁", "", "合同 签约 签订 签劳动", anywhere=True),
    _f(
        "legitimacy.direct_hire",
        "直招",
        "直招 直接招 中介 派遣 正规 劳务 外包 合同 挂靠 一手 二手",
        "employer.direct_hire",
    ),
)
"""Every facet, per topic in the order a question's words are tried (specific before general)."""

BY_KEY: dict[str, Facet] = {f.key: f for f in FACETS}
BY_TOPIC: dict[str, tuple[Facet, ...]] = {}
for _facet in FACETS:
    BY_TOPIC[_facet.topic] = (*BY_TOPIC.get(_facet.topic, ()), _facet)


BESIDES = r"另外(?![交收给付加算掏花扣要出])"
"""另外 joining two questions (besides), not before a verb of paying (夫妻房要另外交钱吗, 水电要另外出钱吗:
extra)."""
MA_CLOSES = r"(?<=[^干搞弄做要为]嘛)"
"""Where a spoken question closes at its 嘛 (是长白班不嘛…); 干嘛, 搞嘛, 为嘛 ask what or why."""
_CLAUSE_BREAK = compiled(
    r"[\s，,。.？?！!；;~、]+|(?<=[吗呢呀啊])|"
    + MA_CLOSES
    + r"|然后|"
    + BESIDES
    + r"|还有就是|顺便问一下|顺便问下|再问一下|再问下"
)
"""What ends a clause: punctuation, a closing particle, or the words voice input joins two
questions with (几个人住的然后有没有空调)."""
_ANY_CUE: dict[str, re.Pattern[str]] = {
    topic: compiled(
        "|".join(re.escape(c) for c in sorted({c for f in facets for c in f.cues}, key=len, reverse=True))
    )
    for topic, facets in BY_TOPIC.items()
}
"""Each topic's cues in one pattern: a line holding none of them asks no facet of the topic (most
lines of a stream), told by one search instead of a test per cue."""


_QUESTION_FORM = compiled(
    r"[吗么嘛呢?？啥谁几哪咋怎冇没]|多少|什么|多[久远大高重长冷热沉]|好多|几多|([\u4e00-\u9fff])[不没]\1|不$"
    r"|是否|能否|可否|有无"
)
"""What makes a clause ask: a closing particle, a question word, an X不X form. A clause without
one tells why the question is asked (俺闺女想干药厂 要啥学历: the daughter is no facet asked)."""


_OF_A_PERSON = compiled(r"(?:我|俺|他|她|咱)(?!们这|们那|们公司|们厂)")
"""A clause opening with someone (他腰间盘突出, 我腿不好): it tells of a person, it asks no facet."""
_LEFT_OUT = compiled(r"(?:不算|不含|不包括)[^\s,，。.?？!！]{0,6}")
"""What a question leaves out of the sum it asks (不算补贴的那种, 不含加班)."""


def facet_in(topic: str, text: str) -> Facet | None:
    """The facet of `topic` the (normalised) words ask for: in the first clause that asks one, the
    first in table order whose cue is there (车位几点下班 晚上要加班吗 asks the hours first); a
    clause in the form of a question before one that only tells."""
    if "不算" in text or "不含" in text or "不包括" in text:
        text = _LEFT_OUT.sub(" ", text)  # 底薪给多少，不算补贴的那种: the allowance is left out, not asked
    if "哪一" in text:
        text = _WHICH_ONE.sub("哪", text)  # 哪一天发 asks as 哪天发 does
    cues = _ANY_CUE.get(topic)
    if cues is None or cues.search(text) is None:
        return _by_figure(topic, text)
    found: Facet | None = None
    for facet in BY_TOPIC[topic]:
        if _asks(facet, text):
            found = facet
            break
    if found is None:
        return _by_figure(topic, text)
    clauses = [c for c in _CLAUSE_BREAK.split(text) if c]
    if len(clauses) < 2:
        return found
    for clause in clauses:
        if _KIND_SAID.search(clause):
            # 有奖金吗 全勤那种: a clause naming the kind meant says which facet is asked.
            kind = next((f for f in BY_TOPIC[topic] if _asks(f, clause)), None)
            if kind is not None:
                return kind
    asking = [c for c in clauses if _QUESTION_FORM.search(c)]
    # What a person tells of themself is the facet of a requirement (我手腕上纹了孩子名字，能去吗) or of
    # the way there (我在西安 怎么过去); only of the work does it ask nothing (他腰间盘突出).
    told = [c for c in clauses if c not in asking and _OF_A_PERSON.match(c)] if topic == "duties" else []
    for clause in (*asking, *(c for c in clauses if c not in asking and c not in told)):
        for facet in BY_TOPIC[topic]:
            if _asks(facet, clause):
                return facet
    # 司机要自己卸货吗，他腰间盘突出搬不得重东西: what is told of the asker's body asks no facet.
    return None if asking and told else found


_WHICH_ONE = compiled(r"哪一(?=[天号日个家班])")
"""哪 with 一 typed between it and what it asks of (哪一天, 哪一号): asked as without it."""
_KIND_SAID = compiled(r"(?:那种|这种|那样的|这样的|那个|这个)[吗呢啊呀的]?$")
"""How a clause naming the kind meant closes (全勤那种)."""


SUM_SAID = compiled(r"\d+(?:\.\d+)?\s*(?:块|元)")
"""A sum of money written (350元, 5块)."""
_DAY_PAID = compiled(r"(?<!\d)\d{1,2}\s*号\s*(?:发|开(?=$|[?!.~\s,]|工资|支|钱|吗|么|啊|呀|呢|的吗|是吧))")
_RENT_ASKED = compiled(
    r"\d+(?:\.\d+)?\s*(?:块|元)|(?:要|收|交|扣)\s*\d{2,4}(?!\d)"
    r"|(?:一个月|1个月|每个月|每月|一月|1月|一年|1年|一天|1天|每天)[要得收交扣]?(?:多少|几多|好多|若多|多钱|几钱)"
)
"""What living there costs, asked of the dorm in figures (住宿也要150吗, 住宿舍一个月要多少)."""
_FIGURE_ASKED = {
    "dorm": ("dorm.fee", _RENT_ASKED),
    "canteen": ("canteen.cost", SUM_SAID),
    "pay": ("pay.payday", _DAY_PAID),
}
"""A figure said back in doubt of a topic (宿舍一天5块？, 18号发？): what that topic costs, or the
day it pays, is asked."""


def _by_figure(topic: str, text: str) -> Facet | None:
    """The facet a sum said of a topic asks, when no cue names one; else None."""
    said = _FIGURE_ASKED.get(topic)
    return BY_KEY[said[0]] if said is not None and said[1].search(text) else None


def asks_in_form(clause: str) -> bool:
    """Whether a clause is in the form of a question (a closing particle, a question word, X不X)."""
    return _QUESTION_FORM.search(clause) is not None


def clause_of(facet: Facet, text: str) -> str:
    """The clause of a question that asks `facet` (宿舍是几个人住一间的呀有没有空调: its first part
    asks the room); the whole text when no one clause does."""
    clauses = [c for c in _CLAUSE_BREAK.split(text) if c]
    if len(clauses) < 2:
        return text
    at = next((i for i, c in enumerate(clauses) if _asks(facet, c)), None)
    if at is None:
        return text
    if at > 0 and _CONDITION.search(clauses[at - 1]):
        # 礼拜天要是出车 给加钱不: the condition before the clause asking is asked with it.
        return f"{clauses[at - 1]} {clauses[at]}"
    return clauses[at]


_CONDITION = compiled(r"要是|如果|假如|万一|若是|的话$")
"""Words setting the condition a following clause asks under (要是出车, 加班的话)."""


def _asks(facet: Facet, text: str) -> bool:
    """Whether the words ask for `facet`: one of its cues is there and none of its exceptions."""
    return any(cue in text for cue in facet.cues) and not any(w in text for w in facet.unless)


def describe(fact: str) -> str | None:
    """A missing fact's name in Chinese: `canteen.halal` → `清真`, `dorm:养猫` → `养猫` (the words
    asked); None for a plain catalogue field with no facet of its own."""
    head, sep, words = fact.partition(":")
    if sep and "." not in head:
        return words
    return label(fact)


def label(key: str) -> str | None:
    """The Chinese name of a facet key, or of the facet a missing-fact name starts with."""
    facet = BY_KEY.get(key.partition(":")[0])
    return facet.label if facet else None
