"""Turn a messy danmaku line into the plain form the rest of the understanding step reads.

Full-width to half-width, Traditional to Simplified, lower case, emoji and [表情] codes out (a
space where they part two clauses), repeats folded (工资工资工资 -> 工资, ？？？ -> ?, 哈哈哈哈 -> 哈哈),
pinyin and abbreviations to words (gz -> 工资), typos to words (宿社 -> 宿舍), Chinese numerals to
digits where they are numbers (三号 -> 3号, 两千 -> 2000, but 一下, 五险一金, 两班倒 stay).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import ahocorasick

from bot.kept.regexes import compiled
from bot.understand.lexicon import Lexicon
from bot.understand.pinyin import initials_key, pinyin_key, remember

_EMOJI_RANGES: tuple[tuple[int, int], ...] = (
    (0x1F000, 0x1FAFF),  # pictographs, emoticons, transport, flags, skin tones
    (0x2600, 0x27BF),  # miscellaneous symbols and dingbats
    (0x2B00, 0x2BFF),  # stars and arrows used as emoji
    (0xFE00, 0xFE0F),  # variation selectors
    (0x200B, 0x200F),  # zero-width joiners and marks
    (0x20E3, 0x20E3),  # combining keycap
    (0xE000, 0xF8FF),  # private use: platform emote glyphs
    (0x2190, 0x21FF),  # arrows
    (0x2300, 0x23FF),  # technical symbols (⌚ ⏰)
    (0x25A0, 0x25FF),  # geometric shapes
    (0x3030, 0x3030),
    (0x303D, 0x303D),
    (0xE0020, 0xE007F),  # tag characters
)

PUNCTUATION = frozenset("?!,.;:~、。…·'\"()[]{}<>《》【】「」『』-—_=+*/\\|^`@#$%&")
"""Signs a line can hold besides words; `#` and `.` matter to references (#3, no.3)."""

_CODE = compiled(r"\[[^\[\]]{1,12}\]")
_NOT_X = compiled(r"([\u4e00-\u9fff])[唔布无毋]\1")
"""X不X said the Cantonese way (收唔收), the Hainan and Minnan way (累无累), or typed with 布 (远布远,
both bu): the same question."""
_CANTONESE_WHAT = compiled(
    r"咩(?=学历|文凭|证|要求|条件|时候|时间|工|活|岗|班|嘢|东西|资料|材料|手续|福利|待遇|保险|地方|位置|车|口味|类型)"
    r"|(?<=[做修整搞用系是要有])咩(?=[\u4e00-\u9fff])(?![呀啊嘛呢哦喔吖嘞菜牌嚟人嘢嘅])"
)
"""Cantonese 咩 before what is asked of asks what (要咩学历, 做咩产品, 修咩机); at the end of a line it is
only a particle. The lexicon's own words of it (要咩牌, 系咩嚟, 咩人, 咩嘢) and 咩菜系 are left to it."""
_CANTONESE_HOW = compiled(
    r"(?:^|(?<=[\s,?!]))点(?=去|走|过去|样去|报名|报|弄|搞|办|算)"
    r"|(?<=地铁|公交|巴士|坐车|搭车|开车|打车|高铁|火车)点(?=去|走|过去)"
    r"|(?<=公交车|出租车|大巴车)点(?=去|走|过去)|(?<=站)点(?=去|走|过去)"
    r"|(?:(?<=社保|保险|工资|人工|押金)|(?<=公积金|加班费))点(?=买|交|算|计|发|收|退)"
    r"|(?<=[\u4e00-\u9fffa-z])(?<![几一快早晚慢多少有差好半两三四五六七八九十钟地重终])点(?=计|排|轮|搞|返|样|去|过去)"
)
"""Cantonese 点 asking how (坐地铁点去, 由车站点过去, 点报名, 社保点买, 食饭点搞, shift点排), not a time
(几点去) nor a little (快点去)."""
_CANTONESE_HOW_DONE = compiled(r"点样(?=去|过去|走|报|搞|弄|办|算|计|做|排)")
"""Cantonese 点样 before a doing asks how it is done (点样过去: 怎么过去), not what it is like."""
_CANTONESE_AFTER_WHAT = compiled(r"(?<=之后|以后|然后)点(?=[呀啊㗎嘞呢]*[?!.~\s]*$)")
"""Cantonese 点 closing a line after 之后 asks what then (报咗名之后点呀: 之后怎么办)."""
_CANTONESE_WORK = compiled(r"返(几耐|几个钟|几多个钟|几点|几日)工")
"""Cantonese 返工 is going to work: 一日返几耐工 asks how long a day's work is (上多久班); 返工 alone
is left as it reads in Mandarin (rework)."""
_WILL_IT_DO = compiled(r"得不得(?=[嘛哦啊呢]*(?:[?!.~]*$|[\s,]))")
"""得不得 (得唔得) closing a clause asks whether it will do (普通话讲得不好 得不得: 行不行); before
what follows it asks whether it will happen (得不得扣钱: 会不会, as the lexicon reads it)."""
_WU_ASKING = compiled(
    r"(?<=[\u4e00-\u9fff])(?<![步砍征讨采杀])(?:伐(?=[?!.~\s]*$)|(?<!晓得)(?<!知道)(?<![对是好])伐(?=[?!.~,\s]|还是))"
)
"""Wu 伐 closing a clause asks as 吗 does (双十一那阵子能休息伐, 累伐 阿拉腿脚不大灵); 步伐, 砍伐
are words, and 晓得伐 or 对伐 before more words only asks for a nod."""
_WU_MAY = compiled(r"好(?=[做去干学住报来带进][^?,.!\s]{0,6}伐)")
"""Wu 好 before a verb in a question closed by 伐 asks whether one may (女格好做伐: 女的能做吗)."""
_WU_AT = compiled(r"辣(?=[^?,.!\s]{0,4}(?:啥地方|哪里|哪儿|哪块|哪))|(?<=[泡浸住屋里])辣(?![椒条味不吗么])")
"""Wu 辣 for 在 before a place asked (医院辣徐汇啥地方) or after being in it (泡辣水里, 屋里辣吴江);
辣 of food (辣不辣, 辣椒) stays."""
_WU_OF = compiled(r"(?<![一二两三四五六七八九十几\d这那哪每整半])个(?=伐)")
"""Wu 个 closing what is asked of before 伐 (有长白班个伐: 有长白班的吗); 一个伐 counts."""
_SOUTHWEST_WHEN = compiled(
    r"(?<![做干上学试])好久(?=开始|开工|上班|入职|发|结|把钱|买|交|出发|能|可以|面试|报到|要?(?:进厂|到岗|上岗|到(?!了))|要[去克])"
)
_SOUTHWEST_UNTIL = compiled(r"(?<=[上干做搞开忙]到)好久")
"""Southwestern 上到好久 (until when one works): 上到几点."""
_SOUTHWEST_HOW_LONG = compiled(
    r"好久(?=换|倒|调|休|回)|(?<=[放做干上学试休养满])好久|(?<=要[开站坐跑走])好久"
    r"|(?<=[期训待住])好久(?=[啊呀哦嘛嘞咧噻]?(?:[?!.~\s,]|$))"
)
"""Guizhou and Sichuan 好久 before a start asks when (五险好久开始买: 什么时候), before a change or
after 放 or a doing, or closing a span asked (学徒期好久, 要培训好久), how long (夜班好久换一回, 过年放好久假,
做好久可以买社保: 多久); 好久没, 好久不见 say it
has been long."""
_SOUTHWEST_STILL = compiled(r"(?<=[站坐蹲])(?:到起|[到起])(?=[做干开搞弄采摘哦啊呀呢嘛吗]|还是|的|$)")
"""Sichuan and Guizhou 到 and 到起, Hunan 起, after a posture are 着 (站到做, 是站到还是坐到做, 坐起做,
蹲起采, 是站到起还是坐到起)."""
_SICHUAN_ASKING = compiled(r"(?<![好是真对]的)(?<=[\u4e00-\u9fff]的)哇(?=[?\s]*$)")
"""Sichuan 哇 closing a line after 的 asks as 吗 does (坐着的哇); 好的哇, 真的哇 agree or marvel."""
_SICHUAN_YES_NO = compiled(
    r"^(?![^?]*(?:太[累热冷远难苦好贵多少棒强牛快慢久晚早高低大小了]|好多|真|好[^不]|厉害|漂亮|帅|可爱|哇塞|[了啊呀]哇))"
    r"(?=[^?]*(?:可以|能|要|是|有|在|包|管|结|出钱|给|发|交|扣|退|报|休))([^?\s]{2,}?(?<=[\u4e00-\u9fff])(?<!的))哇(?=[?]*$)"
)
"""Sichuan and Jin 哇 closing a yes-or-no question of what may, must, is, is there, is provided or is
paid (随时可以去哇, 吃饭要扣钱哇, 恒信是中介哇, 太原南站有人接哇, 包住哇, 每个星期结钱哇, 体检自己出钱哇);
a line that marvels (好多人哇,
太累了哇) is left as it is."""
_COPULA_CLOSING = compiled(r"(?:(?<=[吗么])\s*|\s+)是(?=[?!.~]*$)")
"""是 set last, apart or after 吗, as Korean sets its copula (工资 多少 是, 我女可以吗是): it asks nothing
more; 是吗 and 可以是 keep it."""
_WU_WHERE = compiled(r"(在[\u4e00-\u9fff]{0,4}?)阿里(?=$|[\s?!,.~伐啊呀])")
"""Wu 阿里 closing a question of where (宿舍在阿里, 恒建在海门阿里): 哪里; 在阿里上班 works at a company."""
_X_NOT_X_CLOSED = compiled(r"(([\u4e00-\u9fff])不\2)了(?=[?!.~啊呀]*$|[\s,])")
"""An X不X closed by Shanxi 了 (吃饭管不管了): the 了 asks nothing more."""
_WHEN_CLOSED = compiled(r"了(?=[?!.~啊呀]*$)")
"""The 了 closing a Shanxi question of when (多会儿能去了)."""
_WHERE_CLOSED = compiled(r"(?<=哪里|哪儿|地方|哪搭|厂里|过去)了(?=[?!.~啊呀]*$)")
"""The 了 closing a Shanxi question of where or of the way (在鄂尔多斯甚地方了, 重庆具体哪搭了,
咋去厂里了)."""
_IS_IT_OR_NOT = compiled(r"^([\u4e00-\u9fff]{0,8}?是[\u4e00-\u9fff]{1,8}?)不是(?=[?!.~啊呀哦嘛]*(?:$|[,\s]))")
"""是 X 不是 closing a line or its first clause asks whether it is X (是劳务派遣不是, 护理员是住在院里头不是,
还是…): 是 X 吗."""
_CLOSED_BY_NOT = compiled(r"(?<=[\u4e00-\u9fff]不)(?=[俺我咱额][\u4e00-\u9fff])")
"""Where a question closed by 不 runs on into what the asker tells of themself (女的能开叉车不俺会开)."""
_WHO_TAKEN = compiled(
    r"(男孩子?|女孩子?|男的|女的|男生|女生|男娃子?|女娃子?|妹子|小伙子?|姑娘|学生)(也|还)?([要收招])不(?![要收招])"
)
"""Who is taken asked as 男孩要不 (also 女的收不, 学生招不): as 要不要 asks it."""
_DONE_OR_NOT = compiled(
    r"([交买包管给发扣押压报退算配签收])([\u4e00-\u9fff]{2,3})不\1(?=[?!.~吗么嘛啊呀]*$|[\s,]|我|俺|咱)"
)
"""A verb of what a job gives or takes, with its object, asked again after 不 (交社保不交, 包住宿不包):
asked as 吗, so the 不交 that closes it is no refusal (不交社保)."""
_YUNNAN_ASKING = compiled(
    r"(?<![价风规性资表人合及严品空网骨体方])格(可以|要得|有|要|是|能|会|行|接|包|管|给|交|得|买|押|扣|去|克)"
    r"|(?<![交送发带拿递还供配借])给(可以|要得|有|是|能|会|报销)(?![人你我他她们])"
    r"|(?<![不没交送发带拿递还供配借])给(接|买)(?![人你我他她们])"
    r"|(?<![一二两三四五六七八九十几这那哪每整半多某各些啥个真是找要有来给做干换弄搞买租选挑想打当去上进开叫像])"
    r"个(有|管)(?![点些意])"
)
"""Yunnan 格, often typed 给 or (in Kunming) 个, before a verb asks whether (格有五险, 给是派遣, 北站给接,
加班个有加班费, 格得): 有没有, 接不接 and the like; 价格有, 风格是 keep it as part of a word, 给 after a
verb of handing or before whom it is for (给有需要的人) gives, and 个 after a number, 这, 那 or a verb
counts (找个有宿舍的)."""


_YUNNAN_GIVE_ASKING = compiled(
    r"(?<![不没交送发带拿递还供配借给光只也就全])(?<!(?<![成首京])都)给(?:(得|要|交|扣|涨|休息|放假|请|做|收|退|用)"
    r"(?![人你我他她们起多少高低到了饭求点出过])|(有)(?=人[来去]?[接送]))"
)
"""Yunnan 给 before a verb asks whether too (男娃给要, 初中毕业给得, 公积金给交, 差评给扣钱, 单价给涨,
用手机给做得成) in a line that asks nothing else; in a line asked by 吗, 不, 谁 or 啥 it gives or serves
(公司给交社保吗, 社保给交不, 社保谁给交), as it does before 包 and 管 (厂里给包吃住), and 给得起,
给多少, 给要饭的 are words."""
_YUNNAN_ALL_RIGHT = compiled(r"(?:^|(?<=[\s,还]))得呢(?=[\s,!.~]|$)")
"""Yunnan 得呢 said alone, or after 还, agrees (得呢 我考虑一哈, 说还得呢): 好的, no question; 觉得呢
and 记得呢 ask."""
_ASKED_OTHERWISE = compiled(
    r"[吗么谁啥怎咋吧?]|什么|多少|多久|多会|(?<![\d十])几|(.)[不没]\1|[不没](?:有)?(?=[\s,.!~啊呀嘛哦咧]*$)"
)
"""Words that ask a line by themselves (a 不 or 没 closing it or between a word said twice, not in 讲不来):
a 给 before a verb in it gives rather than asks."""


def _yunnan_asked(found: re.Match[str]) -> str:
    """格有 as 有没有, 格可以 as 可不可以, 格要得 and 格得 as 行不行, any other verb as 接不接."""
    verb = next(g for g in found.groups() if g)
    if verb == "有":
        return "有没有"
    if verb == "可以":
        return "可不可以"
    if verb in ("要得", "得"):
        return "行不行"
    if verb == "克":
        return "去不去"  # 克 is 去 as Yunnan says it
    return f"{verb}不{verb}"


_SHAANXI_I = compiled(r"(?<![金名限定超总差份余数配税面前脑])额(?![度外头定满数])")
"""Shaanxi and Shanxi 额 as 我 (额不住宿舍, 额血压有点高); 额外, 额度, 名额, 金额 are words."""
_SHAANXI_IS_IT_CLOSING = compiled(
    r"(?<=[\u4e00-\u9fffa-z])(?<![还就可也总非都觉记显值说讲])得是(?=[?!.~\s]*$)"
)
"""Shaanxi 得是 closing a line asks for a yes (双休得是, 派遣的得是): 是不是; 还得是 and 就得是 say
what must be, 说得是 agrees."""
_SHAANXI_IS_IT = compiled(
    r"(?<![还就可也那总倒非都觉记长显值变搞弄说写做干跑吃玩唱画打看听获取懂晓认使舍免省难来去])"
    r"得是(?=[\u4e00-\u9fff])(?!不是|个)"
)
"""Shaanxi and Henan 得是 asking whether (冰河得是中介, 得是国企): 是不是; 还得是你 and 就得是这样
say what must be, 记得是 and 觉得是 what one recalls or thinks."""
_SICHUAN_HOW_MUCH = compiled(
    r"(?<=[金费钱奖提补资价租薪天月票趟单车次要方平斤件条涨交缴扣押压制底台号抽成发])好多(?=钱?[哦啊呀嘛哇喃噻]*[?!.~\s]*$)"
    r"|(?<=[押压扣])好多(?=工资|钱|天|个月)"
    # 公积金按好多交: the rate something is paid at
    r"|(?<=按)好多(?=[交缴扣算给发比])"
    r"|(?<=[钱班价资薪成])好多(?=一(?:[顿餐天月次晚颗件箱斤吨包袋单节]|个钟|个小时|小时|个月))"
    # 一个月得好多, 一天开好多: what a month or a day brings in
    r"|(?<=[月天日][得开拿挣赚搞])好多(?=钱?[哦啊呀嘛哇喃噻]*[?!.~\s]*$)"
    r"|(?<=能[搞做干上])好多(?=个?(?:钟|小时|钟头|天|班))"
    # 有证的多好多: how much more
    r"|(?<=的多)好多(?=钱?[哦啊呀嘛哇喃噻]*[?!.~\s]*$)"
    # 一天要装好多户, 要管好多人: how many one must do or look after
    r"|(?<=[要得][装管跑做干搬带送修走拉接摘剪])好多(?=[户人个件单趟箱间栋家次台站路步斤筐车][哦啊呀嘛哇噻嘞]*[?!.~\s]*$)"
    # 好多岁以内要, 好多岁的要: the ages taken asked
    r"|好多(?=岁(?:以内|以下|以上|之内|的|还|能|可以|都))"
    # 宿舍好多人一间: how many to a room
    r"|好多(?=个?人一(?:间|屋|个房))"
    # 一个月整得到好多, 跑一趟好多提成: a sum asked after what earns it
    r"|(?<=[整搞挣拿赚做干]得到)好多(?=钱?[哦啊呀嘛哇喃噻]*(?:[?!.~\s]|$))|(?<=一趟)好多(?=提成|钱)"
)
"""Sichuan and Chongqing 好多 closing a question on a sum (押金好多, 底薪到底好多, 派一票好多钱,
公积金交好多, 年龄限制好多), before what it is reckoned by (夜班好多一个钟) or after 能 and a doing
before a span (能搞好多个钟, 能干好多天): 多少; 好多 said of anything else (好多人, 好多天没发) is many."""
_SICHUAN_HOW_FAR = compiled(r"(?:隔|离)([^\s,?]{1,6})好远(?=[?]|$)")
"""Sichuan 隔…好远 closing a line (宿舍隔网点好远): 离…多远; 我家离这好远啊 sighs."""
_SHAANXI_DONE = compiled(r"(?<=[\d岁])咧(?=[要能还可行])")
"""Shaanxi 咧 as 了 after an age (我55咧要不要): the age told, then asked."""
_HENAN_ASKING = compiled(r"(有[^\s,?]{1,8}?)(?<![积树草伐原实红土苗楠松杉])木(?=[?!.~\s]*$)")
"""Henan and Shandong 木 (没) closing a question on what there is (宿舍有wifi木): 没; 木工, 积木, 实木 are
not after 有 at a line's end."""
_HENAN_NEVER = compiled(r"(?<![积树草伐原实红土苗楠松杉])木(?=[用干做学去开坐见]过)")
"""Henan and north Jiangsu 木 before a past doing (木用过PDA, 木干过仓库): 没."""
_STILL_MUST = compiled(r"还得([^\s,，。!?？！]{2,10}?)[啊呀](?=$|[\s,，。!?？！])")
"""还得…啊 opening a clause asks in surprise whether one must (还得办健康证啊: 要办健康证吗)."""
_FACILITY = r"[^\s,?!.~]{0,4}(?:房|空调|热水|卫生间|洗衣机|食堂|夜宵|wifi|网)"
_CANTONESE_HAS_IT = compiled(rf"(有冇{_FACILITY}|{_FACILITY}有冇)嘅(?=[?!.~\s]*$)")
"""Cantonese 嘅 closing 有冇… of a room or a facility (有冇夫妻房嘅, 夫妻房有冇嘅) only softens the
question of the job on screen: dropped, lest it read as 的 and make a search (有没有夫妻房的). Of a
wish jobs are searched by (有冇包住嘅) it names the jobs that have it, and stays."""
_SUZHOU_ASKING = compiled(
    r"(?:(?<=[\u4e00-\u9fff\s\d])|^)(?<!阿)阿(?=给|管|涨|包|发|收|休息|放假|可以|交|买|接|招|押|压|扣|配|报销)"
)
"""Suzhou and north Jiangsu 阿 before a verb asks as 可 does (保安阿包吃啊, 周末阿休息啊, 公积金阿交,
阿收中介费); 阿姨, 阿里 are words of their own."""
_SUZHOU_YES_NO = compiled(
    r"(?:(?<=[\u4e00-\u9fff\s\d])|^)(?<!阿)阿(有|是|要|能|会(?!儿)|好(?=[做去干学住来]))"
)
"""Suzhou 阿 before 有, 是, 要, 能, 会 asks yes or no (学几天 阿有工钿: 有没有; 女小人阿好做: 能不能做); the
lexicon reads 阿可以."""
_SUZHOU_SAID = {
    "有": "有没有",
    "是": "是不是",
    "要": "要不要",
    "能": "能不能",
    "会": "会不会",
    "好": "能不能",
}
_JIANGHUAI_ASKING = compiled(
    r"(?<![不也还就很更最宁你您])可(给|要|管|涨|中|行|有|多给|包|发|收|报|接|能(?=[去住做干来上开])|是|休息|放假|可以|会|照|压|押)"
    r"([^,?!.~\s可]{0,12}?)(?:啊|呀|哦)(?=$|[,?!.~\s]|还是)"
)
"""North Jiangsu and north Anhui 可 before what is asked, closed by 啊 (住亲戚家可给补贴啊, 可中啊,
女的可能去啊): asks as 吗 does; 你可要小心啊 and 可能下雨 say something."""


def _may_do(m: re.Match[str]) -> str:
    """The Mandarin of a southern 做得 asking whether one may (see `_CAN_DO_ASKING`)."""
    said = m.group(0)
    if said != "做得":
        return "可不可以"
    return "可以" if m.string[m.end() : m.end() + 1] in "吗冇无么嘛" else "可以做"


_JIANGHUAI_BARE = compiled(
    r"(?<![不也还就很更最宁你您这那])可(给(?!力)|还要|要|管(?!用)|交|包|收(?!藏)|接(?!受)|扣|照|报销|招|休息|放假|是的|有|压|押|多给"
    r"|教|加(?!油)|带|行|中|来(?!劲)|配|买|涨)"
    r"([^,?!.~\s可了啦]{0,8}?)(?=$|[,?!.~\s])"
)
"""The same 可 with no particle closing the clause (公积金可交, 九号可包住, 吃饭可扣钱, 俺41了 超一岁可照,
两班倒可是的, C1可行, 俺47了 可中, 可来接, 公司可配车); 可给力, 可管用, 可接受 are words, and a clause
closed by 了 (可好了) says how much."""


_STILL_TAKEN = compiled(r"(?<=还)可要(?=$|[,?!.~\s])")
"""North Anhui 还可要 closing a clause (今年五十二 还可要): 还要不要; 还可 is otherwise still rather."""


def _suzhou_asked(found: re.Match[str]) -> str:
    """The question Suzhou 阿 asks of what follows it (see `_SUZHOU_YES_NO`)."""
    return _SUZHOU_SAID[found.group(1)]


def _jianghuai_asked(found: re.Match[str]) -> str:
    """The question 可 asks, as Mandarin asks it (可中啊 → 行吗, 可照 → 行不行, 可是的 → 是不是)."""
    verb, rest = found.group(1), found.group(2)
    if verb == "是的":
        return f"是不是{rest}"
    if verb == "照":
        return f"行不行{rest}"
    if (
        verb == "管"
        and not rest
        and found.string[found.start() - 1 : found.start()] not in ("饭", "吃", "住")
    ):
        return "行吗"  # Xuzhou and Henan 可管 alone: whether it will do (戴眼镜可管); 饭可管 asks 管吗
    return f"{'行' if verb == '中' else verb}{rest}吗"


_GAN_ASKING = compiled(r"(?<=[\u4e00-\u9fff])(?<![啵么波])啵(?=[?!.~,\s]|$|我|俺|咱|怕)")
"""Gan and Hunan 啵 closing a question asks as 吗 does (住宿要交钱啵, 要懂英文啵我ABC都不认得); 么么啵
and 啵啵 are a kiss's sound."""
_SOUTHERN_ASKING = compiled(
    r"(?<=[\u4e00-\u9fffa-z])(?<![有毫并全别虚从一均皆])(?<!(?<!要)学历)(?<!(?<!要)经验)(?<!文化)无"
    r"(?=[啊啦呀哦嘞咧]?(?:[?!.~\s]*$|[,\s]*\d{1,2}号?[?!.~\s]*$|[,\s]+[^\s,\d]{1,4}[?!.~\s]*$)"
    r"|[,\s]+(?:我|阮|俺|还是))"
    r"|(?<=[是管包要收接给能会吃住交考办报带做资押])无(?=[,\s]+[^\s,])"
)
"""Hainan, Hokkien and Cantonese 无 closing a line, a soft 啊 or 啦 after it or not, asks as 吗 does
(住宿要钱无, 双休无啊, 吃饭包无8号, 学生做得无 暑假工, 有人接无, 有人接无 阮坐
高铁来: run on into what the asker tells; 早餐管无 还是自己食, 一间是无 傷挤啦, 包吃无 食堂好吃无
after a verb); 有无 is already a question, 毫无, 并无 are words, and 学历无 says one has none
(要学历无 asks)."""
_HAS_IT_NONE = compiled(r"(有[\u4e00-\u9fff]{1,6}?)(?<!学历)(?<!经验)无(?=[,\s]+[^\s,])")
"""有医务室无 烧焊常常烫到: whether there is one, closed by 无 and run on into what the asker tells."""
_MIN_NEVER = compiled(r"(?:(?<=^)|(?<=[\s我伊俺]))无(?=[\u4e00-\u9fff]过)")
"""Min 无 before a doing done (无杀过鱼, 我无拉过): 没, never having done it."""
_MIN_MUST = compiled(
    r"(?<![站坐躺睡跟接带拿看听穿戴等靠顺沿朝向照随趴蹲闭忍憋急围挨紧冲])着(?=[做去会考带面出])(?!做满|干满)"
)
"""Min 着 before what one must do, in a line closed by 无 (半暝着做无, 着考船员证无): 要; after a
posture or a doing (坐着做, 跟着去) it is Mandarin's 着."""
_MIN_MUST_OPENING = compiled(r"(?:^|(?<=[\s,]))着(?![急火凉迷实]|做满|干满)(?=[^\s,]{1,8}无(?:[,\s]|$))")
"""Min 着 opening a clause closed by 无 (着会英语无, 着厨师证无): 要, what one must have or do."""
_HOW_MANY_COINS = compiled(r"(?<![才没就有值了些])几个钱")
"""Hainan and Minnan 几个钱 asks how much (住费几个钱, 加几个钱); 才几个钱, 没几个钱, 能有几个钱 say it is
little."""
_JIANGHUAI_MAY = compiled(r"(?:(?<=的)|(?<=[\s,]))可能([干去做])(?=[?!.~\s]*$)")
"""Anhui 可能干 closing a line after who or what one is (俺眼有点老花 可能干, 男的可能去): whether one
can, 能不能干; 明天可能去 says what one may do."""
_THIS_AFTER = compiled(r"(?<=[不吗么没])\s?(?:这个|那个|这活|这个活)(?=[?!.~\s]*$)")
"""这个 set after a yes-or-no question (女的能干不这个): the job on screen, pointed at once asked."""
_SET_ASIDE = compiled(r"(?:^|(?<=[\s,.!]))[^\s,.!?]{1,8}?(?:无所谓|不重要|不在乎)[\s,.!]+(?=\S)")
"""A clause the asker sets aside (累不累无所谓, 工资多少不重要) before what they do ask."""
_PINYIN_NOT = compiled(r"([\u4e00-\u9fff])bu\1")
"""不 typed as bu between a word said twice (远bu远): 远不远."""
_PINYIN_NOT_CLOSING = compiled(r"(?<=[\u4e00-\u9fff]) ?bu(?=[?!.~\s]*$)")
"""不 typed as bu closing a line (包住 bu, baochi bu once its pinyin is read): 包住不."""
_SHIFT_OR = compiled(
    r"(?<=班|倒)定(?=(?:白|夜|早|中|晚|长白|两|三|坐|站|企)班|长白|倒班)|(?<=[做干住着])定(?=[坐站企])"
    r"|(?<=[着住][\u4e00-\u9fff])定(?=[坐站企])"
    r"|(?<=[做干住着][嘅的])定(?=[坐站企])|(?<=[着住][\u4e00-\u9fff][嘅的])定(?=[坐站企])"
    r"|(?<=工)定(?=派遣|临时|小时工|正式)|(?<=计件)定(?=计时)|(?<=计时)定(?=计件)"
    r"|(?<=[班倒][嘅的])定(?=(?:白|夜|早|中|晚|长白|两|三)班|长白|倒班)|(?<=[时日月年]薪)定(?=[时日月年]薪)"
    r"|(?<=人间)定(?=\d{1,2}人间)"
    r"|(?<=面试)定(?=网上|线上|视频|电话|现场|厂里)"
    r"|(?<=休)定(?=单休|双休|大小周)|(?<=结)定(?=[日周月天]结)|(?<=^[企站坐])定(?=[坐站企]$)"
    r"|(?<=[里外内面边头])定(?=[在喺])"
)
"""Cantonese 定 between two shifts, two postures, two ways of hiring or of paying asks which one
(夜班定白班: 夜班还是白班; 企住做定坐住做, 坐住剥定企住剥: 站着做还是坐着做; 正式工定派遣; 计件定计时;
单休定双休; 面试定网上面: 面试还是网上面; 日结定周结; 企定坐: 站还是坐; 喺厂入面定喺外面: 在厂里面还是
在外面)."""
_EITHER_MUST = compiled(
    r"((?<=是)(?:(?!觉得|认为|想|说)[^\s,?还]){1,6}|(?:^|(?<=[\s,]))(?![我你他她俺咱额])[^\s,?还]{2,6})"
    r"还是要(?=[\u4e00-\u9fff])"
)
"""是 one thing 还是要 the other offers a choice (是长白班还是要上夜班的: 长白班还是上夜班; 电话面试还是要去
现场 opening a line), where 还是要 alone says one still must (还是要努力, 我还是要去)."""
_TO_ME_OR = compiled(r"(?<=[给发找帮带教打转])我(?=还是)")
"""我 between a verb and 还是 is the one served in a choice of two who serve (客户给我还是公司给我),
not 我还是 opening what one still feels (我还是喜欢长白班)."""
_CALLED_AFTER = compiled(
    r"(?<=[不吗么嘛没呢啊呀嘞哇])(?=(?:宝子们|宝子|宝宝|宝儿|宝贝|宝|姐妹们|姐妹|家人们|集美们|集美|亲们|亲|uu们|uu)"
    r"[?!.~\s]*$)"
)
"""Where the one the question is put to is called, after it closes (打折不宝, 双休不宝子们, 签合同吗宝):
a clause of its own, so that the question before it closes as a question."""
_CALLED_AFTER_MARKS = ("宝", "姐妹", "家人", "集美", "亲", "uu")
_LIKENED_AFTER = compiled(
    r"(?<=[不吗么嘛没呢?])\s+(?:跟|和|像|就像|好像)[\u4e00-\u9fff]{1,10}?(?:似的|一样|一个样)[!.~\s]*$"
)
"""A likeness told after a question closes (要钻地沟吗 跟部队修车似的): what the asker is reminded of,
no word of what is asked."""
_CUTE_OF = compiled(r"(?<=[\u4e00-\u9fff])(?<![点水滴一两几雨油汗])滴(?![滴答水])")
"""滴 written for 的 in cute speech (长沙滴岗位, 手速蛮快滴); not 点滴, 水滴, 滴滴."""
_WHAT_TIME = compiled(r"(?<![什怎这那甚])么时候")
"""Hubei and Jiangxi 么时候 (么时候能入职): 什么时候."""
_NORTHERN_WHAT = compiled(r"甚么|(?<![幸欺太])甚(?![至为嚣多好远少])")
"""Shanxi and Inner Mongolia 甚 (干甚的, 要甚驾照, 甚时候): 什么; 甚至, 甚为, 欺人太甚 are words."""
_SICHUAN_ONESELF = compiled(r"(?<![一两几每三四五六七八九十\d这那哪])个人(?=[出买赔掏付交办带承])")
"""Sichuan 个人 before who pays or brings (水电要个人出不, 扫把要个人买不): 自己; 一个人, 每个人 count."""
_JIN_ASKING = compiled(
    r"((?:能|可以)[^\s,?]{0,8}?|^(?:行|中|成)|[管包有给发交扣][\u4e00-\u9fff]{1,5}?|[要掏收][\u4e00-\u9fff]{0,4}?"
    r"|(?<=[堂饭吃住])管|是[\u4e00-\u9fff]{1,6}?的|(?<=[\s,口])行|[倒加值]班|用[\u4e00-\u9fff]{1,4}?|有"
    r"|远|近|轻松|安全|累|多|高|热|冷|重|辛苦|干净|危险|身体)"
    r"不了(?=[?!.~]*$|[\s,])"
)
"""Shanxi and Inner Mongolia 不了 closing a question (管饭不了, 能去不了, 可以不了, 要钱不了, 没经验要不了,
喝两口行不了, 倒班不了, 用下井不了, 都有不了, 离井口远不了, 轻松不了, 伤身体不了): 吗; 去不了, 受不了,
干不了 with nothing asked before them say one cannot, and 要不了多久 goes on."""
_IT_DOES = compiled(r"(?<!不)得行(?=[么吗嘛不没]|[?!.~]*$)")
"""Sichuan, Guizhou and Gansu 得行 asking whether it will do (得行么, 明天就过去得行不): 行."""
_JIN_HAS_IT = compiled(r"(有[^\s,?]{1,8}?)没了(?=[?!.~]*$|[\s,])")
"""Shanxi 没了 closing a question of whether there is (有夫妻房没了, 有面食没了): 没; 怎么没了 says
something is gone."""
_ASKED_THEN_LI = compiled(
    r"((?:什么|啥|怎么|咋|(?<![好十])几|多少|哪|谁|阿会儿|阿扎|阿门|阿么)[^,?!.~\s]{0,8}?)哩(?=[?!.~]*$|[?!.~]*[\s,])"
)
"""哩 closing a clause that asks (什么时候面试哩, 质检具体做啥着哩): 呢; 好哩 and 来哩 tell."""
_POLITE_CLOSING = compiled(r"(?<=[\u4e00-\u9fff?])\s*您(?:了|呐|哪|呢)?(?=[?!.~]*$)")
"""Beijing and Tianjin 您 (您了, 您呐) closing a line only adds respect (几点下班您呐): the question is
the job's, not one put to the host."""
_NORTHWEST_CLOSING = compiled(r"(([\u4e00-\u9fff])不\2)撒(?=[?!.~\s,]|$)")
"""Xinjiang and Gansu 撒 closing an X不X (吃饭管不管撒, 要不要撒) softens it as 嘛 does."""
_NORTHWEST_WHAT = compiled(
    r"(?<=[干要是做有叫搞弄带穿考])撒|撒(?=时候|时间|牌子|地方|意思|东西|活|工作|要求|条件|车|房)|^撒(?=是)"
)
"""Gansu and Ningxia 撒 after a verb (干撒的, 要撒学历, 开的撒车, 面试要带撒) or before what is asked
(撒时候发工资, 撒牌子的机器, 住的撒房子, 撒是台架测试): 啥; 撒 closing a Sichuan line (要得撒) is a
particle and stays."""
_PINYIN_HOW_MUCH = compiled(
    r"(?<=[\u4e00-\u9fffa-z])多扫(?![码描地一])|(?<=[\u4e00-\u9fffa-z])多杀(?=钱)"
    r"|(?<=[费资薪补底天月时价])多杀(?=[?!.~\s]*$)"
)
"""多少 typed as the first word a pinyin keyboard offers for duo sha(o): 工资多扫, 住宿费多杀; 多扫码
scans a code, and 多杀 after anything but a sum's name (双杀多杀) is a game's multi-kill."""
_NORTHWEST_WHERE = compiled(
    r"阿达(?=[人的]?[吗呢啊呀哩嘞咧?!.~\s]*$|[人的]?[\s,]|上车|下车|集合|办|面|坐车|住|报到|接|见)|(?<=[在去到从])阿达"
)
"""Gansu and Ningxia 阿达 closing a question (在武威阿达, 阿达人), before where one goes to do a thing
(阿达上车, 阿达办) or after 在, 去 (在阿达集合): 哪里."""
_NORTHWEST_NO = compiled(
    r"(?<!约)莫(?=有|事干|干过|做过|钱)|(有[\u4e00-\u9fff]{1,4})莫(?=[吗呢啊呀?!.~\s,]*$|[\s,])"
)
"""Northwestern and southwestern 莫 for 没 (有莫有, 买保险莫有, 有电视莫, 莫事干): 没; 约莫 keeps it."""
_NORTHWEST_NOT = compiled(
    r"(?<![什怎这那要多为干])么(?=干过|做过|弄过|修过|开过|学过|考过|用过|碰过|接触过|有|活|钱|事干|人管|登高|灯高|证|经验|文化)"
)
"""Northwestern and Liaodong 么 before what one has or has done (么干过, 么弄过氨机, 就么活了): 没;
什么, 怎么 keep it."""
_JIANGXI_HOW = compiled(r"(?<![什怎这那甚多要])么个(?=[算搞弄办走去来做干过发给结收扣罚赔])")
_JIANGXI_WHAT = compiled(
    r"(?<![什怎这那甚多要])么个(?=时候|时间|地方|证|要求|条件|工|活|岗|班|东西)"
    r"|(?<=[升做干学考用有是])么个(?=[啊呀哦嘞咧]?(?:[?!.~\s]|$))|(?<=做)么个(?=[\u4e00-\u9fff])"
    r"|(?<![什怎这那甚多])么个(?=[\u4e00-\u9fff])(?![算搞弄办走去来做干过发给结收扣罚赔])"
)
"""Jiangxi and Hakka 么个: before a doing it asks how (加班费么个算), before a thing what (么个时候,
要么个段位, 试玩么个游戏), and closing a doing what it is done to (以后能升么个, 做么个瓷的)."""
_HAKKA_NEED = compiled(r"爱冇爱?|(?<![可恋亲热喜关宠恩溺偏钟心疼])爱(?![人好心情护惜国])")
"""Hakka 爱 is 要 (工衣爱自己出钱买冇, 爱识电脑冇) and 爱冇 is 要不要 (爱冇叉车证), in a line the Hakka
冇 marks; 爱人, 可爱, 恋爱 keep it."""
_HAKKA_ASKING = compiled(r"(?<=[\u4e00-\u9fff])(?<![有冇])冇(?=[?!.~]*$|[?!.~]*[\s,])")
"""Hakka 冇 closing a clause asks as 吗 does (女个做得冇, 食朝要钱冇); 有冇 is 有没有."""
_MAY_GO = "去来住学升进报上干开"
"""Doings of going, coming or living before 得冇, read as 能…吗 (see `_MAY_GO_ASKED`)."""
_MAY_GO_ASKED = compiled(rf"([{_MAY_GO}])得冇(?=[?!.~]*$|[?!.~]*[\s,])")
"""Zhuang and Cantonese-coloured 得冇 after going, coming or living asks whether one can (一起去得冇: 一起能去
吗, 随时去得冇: 随时能去吗)."""
_MAY_ONE = compiled(
    rf"(?<=[\u4e00-\u9fff])(?<![做记觉晓懂值舍认获显使免难懒省赢博取{_MAY_GO}])得冇"
    r"(?=[?!.~]*$|[?!.~]*[\s,])"
)
"""The same 得冇 after anything else asks whether it will do (眼睛花得冇, 讲壮话得冇: 可以吗); 做得冇 is
read by `_CAN_DO_ASKING`, 记得, 晓得 are words."""


_CAN_DO_ASKING = compiled(
    r"做得(?=[吗冇无么嘛][?!.~\s]*$|[吗冇无么嘛][\s,])|做唔做得|做不做得"
    r"|做得(?![好多完快慢久来了到动下起成])(?=[\u4e00-\u9fff]{1,4}[吗冇][?!.~]*(?:$|[\s,]))"
)
"""Southern 做得 asking whether one may (女个做得冇, 有文身做得冇 手臂上…): 可以; before what is done
(女人做得切片冇) 可以做; 做唔做得 可不可以."""
_EARNED_MONTH = compiled(
    r"(?<=[月天年])((?:能|可以)?)做得?(?=(?:多少|几多|好多)(?:钱|块|米|k|工资))"
    r"|(?<=个月|只月)((?:能|可以)?)做得(?=(?:多少|几多|好多)(?:[\s,?!.~啊呀]|$))"
)
"""一只月做得几多钱, 一天能做多少钱, 一只月做得几多 (a month's 做得 closing the clause): what one earns in
a period, 挣; 一个月做多少天 asks the days and 一天能做几多 the pieces."""
_AGE_TOLD = compiled(r"(?<=今年)([1-6]\d)(?![\d年岁号月日天块元万人个次%])")
"""今年52 还要吗: the years of the asker, 52岁."""
_AGE_OPENING = compiled(r"^([1-7]\d)(?=了\s?(?:还?要不要|还要|能不能|还能|能|可以|收不收|还收|行不行))")
"""六十二了要不要嘛: the years of the asker opening the line, 62岁."""
_AGE_EVEN = compiled(r"(?<=我)([1-7]\d)整(?![数点])")
"""俺50整还要不: the asker's years told even, 50 of them."""
_SOUTHERN_EAT = compiled(
    r"(?<![伙饮粮主副零素肉美熟生面甜饭膳冷速寄火起])食(?=的|什么|啥(?!物)|乜|咩|饭|几餐|几顿|住)"
    r"|(?<=[包管])食(?![堂宿品物材])"
)
"""Min, Hakka and Cantonese 食 for 吃 (食的有包无, 船上食什么, 包食包住): what one eats, not 伙食,
零食, 面食 nor 食堂 and 食宿, which are words of their own."""
_AGE_ABOUT = compiled(
    r"(?<![一二三四五六七八九十\d])(?:([二三四五六七八])十([一二三四五六七八])([二三四五六七八九])"
    r"|([二三四五六七八])([三四五六七八九])十)(?=周?岁|了)"
)
"""An age told roughly by two numbers in a row (三十七八了, 四五十岁): the older of them, which is
the one an age limit is held against."""


def _age_about(match: re.Match[str]) -> str:
    """The older of two ages said in a row, when they are in a row; else the words as they are."""
    tens, low, high, first, second = match.groups()
    if tens is not None:
        return f"{tens}十{high}" if _DIGITS[high] == _DIGITS[low] + 1 else match.group(0)
    return f"{second}十" if _DIGITS[second] == _DIGITS[first] + 1 else match.group(0)


_SOUTHERN_MARKS = ("冇", "涯", "唔", "嘅", "还系", "几多", "𠊎", "真个", "有无")
"""Words that mark a line typed in Hakka, Cantonese or Min, where 系 is 是 and 个 may be 的."""

# The steps of the normal form come in runs, each behind a gate: a class of the characters of which
# every step of the run needs one (the rarest of each of its words: 扫 of 多扫, 候 of 时候). A line
# holding none of them skips the whole run with one scan instead of a dozen tests; the steps and
# their order are the same, so the normal form is too (a test reads the project's data both ways).
_GATE_SPOKEN = compiled("[唔布无毋得咩嘅点返定]")
_GATE_SOFT = compiled("[滴似样宝妹家集亲u候甚]")
_GATE_NORTHERN = compiled("[人不没得儿候]")
_GATE_NORTHWEST = compiled("[撒扫杀莫达么]")
_GATE_SOUTHERN = compiled("[冇涯唔嘅系几𠊎真无做么日辣伐]")
_GATE_SOUTHWEST = compiled("[久站坐蹲哇无啵]")
_GATE_JIANGHUAI = compiled("[阿可]")
_GATE_INLAND = compiled("[格给有管额得多钱远咧木能]")
_SOUTHERN_IS = compiled(r"(?<![关体联派院星水直一中休净抑定])系(?![统列数咪坐企样咩])")
"""Hakka and Cantonese 系: 是 (叉车系电动个还系柴油个); 关系, 体系, 系统 keep it, and so do the
lexicon's own words (系咪, 系坐住, 休系)."""
_SOUTHERN_OF = compiled(
    r"(?<=[\u4e00-\u9fff])(?<![一二两三四五六七八九十几多少这那哪每各某整半好找换选挑个打])"
    r"个(?=厂|工|活|岗位|地方|老乡|[?!.~\s,]|$|还[系是])"
)
"""Hakka 个 as 的, closing a clause or before a place of work (电动个, 五华个, 惠州个厂, 海口个工); 一个,
这个, 找个厂, 打个工 keep it."""
_DAYS_SERVED = compiled(r"(?<=[满够])(\d+)日")
"""Cantonese 日 of days served (做满7日): 天; 7日 alone is a date."""
_ONE_DAY = compiled(r"(?<![\d〇零一二两三四五六七八九十月号初周])一日(?!游|千里|不见)")
"""Cantonese 一日 (一日跑几多单): 一天; 十一日, 三月一日 are dates."""
_WUHAN_HOW = compiled(
    r"(?<![什怎这那甚多])么样(?=[算搞弄办走去来做干过发给结收扣罚赔坐面试休住吃考报进买交上学排倒换请安个到回])"
)
_WUHAN_HOW_IS = compiled(r"(?<![什怎这那甚多])么样(?=[?？!！\s吗啊呀咯嘞的]|$)")
_HUI_HOW_MUCH = compiled(r"几何(?![学体图形题])")
"""Huizhou and south Anhui 几何 (几何钱一个月, 补几何): 多少; 几何学, 几何体 are geometry."""
_HUI_WHAT = compiled(r"(?<=要)么事(?!情)")
"""Huizhou and Hubei 要么事 (要么事学历, 要么事证): 要什么; 要么 alone says either."""
_HOW_DONE_ABOUT = compiled(r"(?<![怎什这那要多])么办")
"""么办 for 怎么办 (证没得么办)."""
_JIAODONG_HOW = compiled(r"(?<![怎什这那甚要多阿按])么(?=算|弄|整)")
"""Jiaodong 么 before a reckoning or a doing (加班费么算的, 么弄): 怎么."""
_WUHAN_WHAT = compiled(
    r"(?<![什怎这那甚要])么(?:事|斯)|(?<=[买搞考办带穿要])么(?=[\u4e00-\u9fff])(?![么样事子斯])"
)
"""Wuhan 么样 before a doing asks how (违章么样算: 怎么算), closing a clause asks how it is (宿舍
么样: 怎么样); 么事 is 什么 (面试搞么事), and so is 么 after a verb (要么证, 买么保险). 什么样, 怎么样,
这么样 and 什么事 are left alone; 么斯 is 么事 as Wuhan says it (搞么斯)."""
_FIVE_AND_ONE = compiled(
    r"(?<![a-z\d])(?:5|w)x(?:1|y)j(?![a-z])|(?<![a-z\d])5x(?![a-z])"
    r"|(?<![a-z\d加])wx(?=[\u4e00-\u9fff]{0,4}(?:买|交|缴|上))"
)
"""五险一金 and 五险 typed by their initials and figures (5x1j, wx1j, 5x, wx paid for: wx几时买): read
before the letters are, where wx alone would be 微信."""
_SIZES = frozenset({"xs", "s", "m", "l", "xl", "xxl", "xxxl"})
"""Garment sizes, which a figure may open (5xl)."""
_LETTERS_ALONE = frozenset({"sb", "ss", "sss", "nb", "nbnb", "sbsb"})
"""Letters that said alone are an insult, a cheer or a grade (sb, nb, sss), never 社保 or 宿舍."""
_SLASH_CODE = compiled(r"/\{[a-z]{0,4}")
"""Huya's emoticons, written /{ and up to four letters (/{dx, /{hx): a face, no word."""
_SPACES = compiled(r"\s+")
_CHAR_REPEAT = compiled(r"(\D)\1{2,}")
_WORD_REPEAT = compiled(r"(\D{2,6}?)\1+")
_LETTERS = compiled(r"[a-z]+(?: +[a-z]+)*")
_SYLLABLES = {
    "you": "有",
    "yo": "有",
    "yao": "要",
    "bu": "不",
    "ma": "吗",
    "duo": "多",
    "ji": "几",
    "ge": "个",
    "de": "的",
    "shi": "是",
    "zai": "在",
    "na": "哪",
    "mei": "没",
    "hai": "还",
    "neng": "能",
    "gei": "给",
    "bao": "包",
    "chi": "吃",
    "zhu": "住",
    "ren": "人",
    "jian": "间",
    "can": "餐",
    "dun": "顿",
    "tian": "天",
    "yue": "月",
    "nian": "年",
    "qian": "钱",
    "dian": "点",
    "hao": "号",
    "yi": "一",
    "liang": "两",
    "lei": "累",
    "fa": "发",
    "suan": "算",
    "ban": "班",
    "zuo": "做",
    "gan": "干",
    "qu": "去",
    "ne": "呢",
    "ba": "吧",
    "nv": "女",
    "nan": "男",
    "kao": "考",
    "zheng": "证",
    "jie": "接",
    "zhan": "站",
    "che": "车",
    "fei": "费",
}
"""The little words of a line typed in pinyin, whose keys are too short to be read alone (you, ma, ji
ge): each is read as the word a pinyin typist most often means by it, once the line's longer words
show it is pinyin."""
_NUMERAL = compiled(r"[零〇一二两三四五六七八九十百千万幺]")
"""A character that may begin or be a Chinese numeral: a line with none needs no reading of them."""
_NUMERAL_RUN = compiled(r"[零〇一二两三四五六七八九十百千万]+")
_SPOKEN_DIGITS = compiled(r"[零〇幺一二三四五六七八九]{7,}")
"""A long run of single numerals read out one by one (一三八一二三四五六七八, 幺三八…): a phone number."""
_ONE_BY_ONE = str.maketrans("零〇幺一二三四五六七八九", "001123456789")
_HOW_MANY = compiled(
    r"(?<![了有很这那太得的真老])好多(?=(?:个小时|个钟头|个钟|个人|个月|个|天|人|岁|块|小时|钟头|公里|斤|单|件|趟|年|度|步|米)"
    r"(?:钱)?[嘛哦呢啊噻嗦撒哈]*(?:$|[\s?,.!~]))"
    r"|(?:(?<=[一每两半][天晚月年])|(?<=个月)|(?<=小时))好多(?=[嘛哦呢啊噻嗦撒哈]*(?:$|[\s?,.!~]))"
    r"|(?:(?<=工资|公资|保底|底薪|工价|工钱|补贴|房租|提成|单价)|(?<=年纪卡|年龄卡))好多(?=[嘛呢噻撒]*(?:$|[\s?,.!~]))"
    r"|(?<=[搞挣赚拿]得|能[搞挣赚拿])好多(?=(?:钱)?[嘛哦呢啊噻嗦撒哈]*(?:$|[\s?,.!~]))"
)
"""Sichuan 好多 asking how many at the close of a clause (一个月休好多天, 宿舍住好多人, 补贴一晚好多,
保底好多, 一个月搞得好多, but not 工资好多啊, which marvels):
多少; 好多人都去了 and 休了好多天 tell that there are many."""

_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_COUNTERS = ("号", "岁", "人间", "人一间", "人住", "块", "元", "小时", "个小时", "千", "万")
_NUMBER_LEADS = ("报名", "报", "第", "#", "no.", "no", "编号")


_CIRCLED = ((0x2460, 20), (0x2776, 10), (0x2780, 10), (0x278A, 10))
"""Numbers in circles, each block's first code point and length: ①–⑳, ❶–❿, ➀–➉, ➊–➓."""


def _t2s_pairs() -> dict[str, str]:
    """Single-character Traditional -> Simplified pairs from OpenCC's own dictionary."""
    import opencc  # only its dictionary files are read, when the table is built

    folder = Path(opencc.__file__).resolve().parent / "dictionary"
    pairs: dict[str, str] = {}
    simplified: set[str] = set()
    with (folder / "STCharacters.txt").open(encoding="utf-8") as fh:
        for line in fh:
            key = line.split("\t", 1)[0]
            if len(key) == 1:
                simplified.add(key)
    with (folder / "TSCharacters.txt").open(encoding="utf-8") as fh:
        for line in fh:
            key, _, values = line.rstrip("\n").partition("\t")
            first = values.split(" ", 1)[0]
            # A key that is itself a Simplified character keeps its meaning (乾 in 乾坤 stays).
            if len(key) == 1 and len(first) == 1 and first != key and key not in simplified:
                pairs[key] = first
    return pairs


@lru_cache(maxsize=8)
def translate_table(keep: frozenset[str] = frozenset()) -> dict[int, int | str | None]:
    """The one-pass table: full-width -> half-width, Traditional -> Simplified, A-Z -> a-z, numbers
    in circles -> digits, emoji to a space (as a [表情] code is)."""
    table: dict[int, int | str | None] = {}
    for trad, simp in _t2s_pairs().items():
        if trad not in keep:
            table[ord(trad)] = simp
    for code in range(0xFF01, 0xFF5F):
        table[code] = chr(code - 0xFEE0).lower()
    table[0x3000] = " "
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code + 32)
    for start, end in _EMOJI_RANGES:
        for code in range(start, end + 1):
            table[code] = " "  # 能干不😂坐个筏子都吐: an emoji between two clauses parts them
    for first, count in _CIRCLED:
        for n in range(count):
            table[first + n] = str(n + 1)  # ⑦号报名, ❸号: a number in a circle is the number
    table[ord("🐎")] = "吗"  # 包住🐎: the horse is said 马, as 吗 is
    table[ord("﹖")] = "?"
    table[ord("？")] = "?"
    table[ord("“")] = '"'
    table[ord("”")] = '"'
    return table


def _fold_char(match: re.Match[str]) -> str:
    """Three or more of one sign -> one; of one character -> two (哈哈哈哈 -> 哈哈)."""
    ch = match.group(1)
    return ch if ch in PUNCTUATION or ch == " " else ch * 2


def join_spaced_letters(text: str) -> str:
    """包 吃 住 吗 -> 包吃住吗: Chinese characters typed one by one with spaces between are one word."""
    parts = text.split(" ")
    singles = sum(1 for p in parts if len(p) == 1 and "\u4e00" <= p <= "\u9fff")
    return "".join(parts) if len(parts) >= 3 and singles * 2 > len(parts) else text


def _fold_word(match: re.Match[str]) -> str:
    """A repeated word once; but 会不会不, 是不是不 hold an X不X question, not a repeat."""
    word = match.group(1)
    if len(word) == 2 and word[1] in "不没":
        return match.group(0)
    text, start, end = match.string, match.start(), match.end()
    if word.isascii() and word.isalpha() and (text[start - 1 : start] + text[end : end + 1]).isalpha():
        return match.group(0)  # gongjijin: a syllable said twice inside a word typed in pinyin
    if (
        end - start == 2 * len(word)
        and _is_cjk_word(text[start - 1 : start + 1])
        and _is_cjk_word(text[end - 1 : end + 1])
    ):
        return match.group(0)  # 要不要体检体检费谁出: a word said again as the start of the next one
    return word


def fold_repeats(text: str) -> str:
    """Fold repeated characters and repeated words; digits are left alone (11111 is a poll vote)."""
    text = _CHAR_REPEAT.sub(_fold_char, text)
    return _WORD_REPEAT.sub(_fold_word, text)


def parse_cn_number(numeral: str) -> int | None:
    """The value of a Chinese numeral (十二 -> 12, 两千 -> 2000, 三千五 -> 3500), None if it is no number."""
    if not numeral:
        return None
    if all(ch in _DIGITS for ch in numeral):
        return _DIGITS[numeral] if len(numeral) == 1 else None
    total = 0
    section = 0
    digit: int | None = None
    last_unit = 0
    after_unit = False
    digit_after_unit = False
    for ch in numeral:
        if ch in _DIGITS:
            if ch in "零〇":
                digit = None
                after_unit = False
                continue
            if digit is not None:
                return None
            digit = _DIGITS[ch]
            digit_after_unit = after_unit
            after_unit = False
            continue
        unit = _UNITS[ch]
        if unit == 10000:
            total += (section + (digit or 0)) * unit
            section = 0
        else:
            if last_unit and unit >= last_unit and section:
                return None
            section += (1 if digit is None else digit) * unit
        last_unit = unit
        digit = None
        after_unit = True
    if digit is not None:
        # 三千五 is 3500 and 一万二 is 12000: a digit right after a big unit counts in the next unit down.
        section += digit * (last_unit // 10 if digit_after_unit and last_unit >= 100 else 1)
    return total + section


_TOGETHER = (
    "块儿",
    "块来",
    "块去",
    "块走",
    "块干",
    "块做",
    "块住",
    "块吃",
    "块上",
    "块进",
    "块过",
    "块报",
    "块出",
)
"""What follows 一 when 一块 is "together" (一块来, 一块儿干), not a sum."""


def _numeral_context_ok(text: str, start: int, end: int, numeral: str) -> bool:
    """Whether the numeral at text[start:end] stands for a number rather than part of a word."""
    if numeral == "一" and text.startswith(_TOGETHER, end):
        return False  # 一块来, 一块儿: together, not one yuan
    has_unit = any(ch in _UNITS for ch in numeral)
    if has_unit and len(numeral) >= 2 and numeral[0] in _DIGITS.keys() | {"十"} and numeral[0] not in "零〇":
        return True
    after = text[end : end + 3]
    if after.startswith(_COUNTERS):
        return True
    before = text[max(0, start - 3) : start]
    if before.endswith(_NUMBER_LEADS):
        nxt = text[end : end + 1]
        if before.endswith("第") and nxt == "个":
            return True
        return not nxt or not ("\u4e00" <= nxt <= "\u9fff") or nxt in "号岗"
    return False


_HEIGHT_SAID = compiled(
    r"(?<![\d一二三四五六七八九十两])一米([四五六七八九])([一二三四五六七八九])?(?![\d一二三四五六七八九十百千万])"
)
"""A height said as it is spoken (一米七五, 一米八): metres, then the tenths and hundredths as digits."""


def numerals_to_digits(text: str) -> str:
    """Chinese numerals that are numbers become digits (三号 -> 3号, 两千 -> 2000, 报名五 -> 报名5)."""

    def repl(match: re.Match[str]) -> str:
        numeral = match.group(0)
        if text[match.start() - 1 : match.start()].isdigit():
            return numeral  # 21一小时: a figure, then a period; 211小时 would be another figure
        if text[match.start() - 1 : match.start()] in ("几", "数", "哪"):
            return numeral  # 几百块, 数千, 哪一块: how many hundreds asked or unsaid, which one, not 100
        if not _numeral_context_ok(text, match.start(), match.end(), numeral):
            return numeral
        value = parse_cn_number(numeral)
        if value is None and len(numeral) > 2 and numeral[-1] in "一两":
            # 四千五一个月: the run has taken the 一 of what follows (一个月, 一天)
            head = parse_cn_number(numeral[:-1])
            if head is not None and any(u in numeral[:-1] for u in _UNITS):
                return str(head) + numeral[-1]
        return numeral if value is None else str(value)

    text = _SPOKEN_DIGITS.sub(lambda m: m.group(0).translate(_ONE_BY_ONE), text)
    if "一米" in text:
        text = _HEIGHT_SAID.sub(lambda m: "1米" + (m[1] + (m[2] or "")).translate(_ONE_BY_ONE), text)
    return _NUMERAL_RUN.sub(repl, text)


def how_many(text: str) -> str:
    """好多 asking how many at the close of a clause becomes 多少, unless the clause tells (has 了) or
    opens with it (好多人啊)."""
    if "好多" not in text:
        return text

    def repl(match: re.Match[str]) -> str:
        start = max(text.rfind(sep, 0, match.start()) for sep in (" ", ",", "?", "!", "."))
        told = text[start + 1 : match.start()]
        # 好多人啊 opening a clause marvels at how many there are; 宿舍住好多人 asks.
        return match.group(0) if not told or "了" in told else "多少"

    return _HOW_MANY.sub(repl, text)


_HOW_FAR = compiled(
    r"((?:宿舍|住的地方|厂|公司|车间)[离到][\u4e00-\u9fff]{1,5}?)好远(?=[嘛噻撒咯啰哦]*(?:$|[\s?,.!~]))"
)
"""Sichuan 好远 asking how far the dorm or the works is from somewhere (宿舍离库区好远, 宿舍到厂
好远): 多远."""


def how_far(text: str) -> str:
    """好远 asking how far a dorm or workplace is becomes 多远."""
    return _HOW_FAR.sub(r"\1多远", text) if "好远" in text else text


def _is_cjk_word(word: str) -> bool:
    """Whether `word` is two or more Chinese characters and nothing else."""
    return len(word) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in word)


class Normalizer:
    """The normalisation of one lexicon and catalogue: tables built once, `normalize` cheap."""

    def __init__(self, lexicon: Lexicon, extra_words: Iterable[str] = ()) -> None:
        """Build the translate table, the pinyin map and the typo automaton."""
        self._table = translate_table(lexicon.t2s_keep)
        self._letters: dict[str, str] = {}
        names = list(extra_words)
        sources: list[str] = list(lexicon.strong) + list(lexicon.fillers) + names
        sources += list(lexicon.question_words) + list(lexicon.typos.values())
        for word in sources:
            if _is_cjk_word(word):
                key = pinyin_key(word)
                if len(key) >= 4:
                    self._letters.setdefault(key, word)
        for word in names:
            # sbjsy for 设备技术员: a job's or employer's name of three characters or more typed by
            # its initials (the lexicon's own abbreviations come after and win).
            if _is_cjk_word(word) and len(word) >= 3:
                initials = initials_key(word)
                if len(initials) == len(word):
                    self._letters.setdefault(initials, word)
        for short, word in lexicon.abbreviations.items():
            self._letters[short] = word
        remember()
        self._longest_letters = max((len(k) for k in self._letters), default=0)
        self._typos = ahocorasick.Automaton()
        for wrong, right in lexicon.typos.items():
            # a word mapped to itself keeps a longer word whole (嘎哈哈 is laughter, not 嘎哈: 干啥)
            self._typos.add_word(wrong, (len(wrong), right))
        self._has_typos = len(lexicon.typos) > 0
        if self._has_typos:
            self._typos.make_automaton()

    def _letters_to_words(self, text: str) -> str:
        """Pinyin and abbreviations to the words they stand for; other Latin words stay."""

        def repl(match: re.Match[str]) -> str:
            at = match.start()
            if at > 0 and match.string[at - 1].isdigit() and match.group(0) in _SIZES:
                return match.group(0)  # 5xl, 2xl: a garment's size after its figure
            tokens = match.group(0).split(" ")
            pieces: list[tuple[bool, str]] = []
            i = 0
            while i < len(tokens):
                for j in range(min(len(tokens), i + 8), i, -1):
                    key = "".join(tokens[i:j])
                    if len(key) > self._longest_letters:
                        continue
                    word = self._letters.get(key)
                    if word is not None:
                        pieces.append((True, word))
                        i = j
                        break
                else:
                    pieces.append((False, tokens[i]))
                    i += 1
            if any(is_word for is_word, _ in pieces) and not all(is_word for is_word, _ in pieces):
                # 3号 you kongtiao ma: in a line typed in pinyin, its little words are pinyin too.
                pieces = [
                    (True, _SYLLABLES[piece]) if not is_word and piece in _SYLLABLES else (is_word, piece)
                    for is_word, piece in pieces
                ]
            out = pieces[0][1]
            for (was_word, _), (is_word, piece) in itertools.pairwise(pieces):
                out += piece if was_word and is_word else " " + piece
            return out

        return _LETTERS.sub(repl, text)

    def _fix_typos(self, text: str) -> str:
        """Replace every lexicon typo (longest first, left to right) by the word it means."""
        if not self._has_typos:
            return text
        out: list[str] = []
        last = 0
        for end, (length, right) in self._typos.iter_long(text):
            start = end - length + 1
            out.append(text[last:start])
            out.append(right)
            last = end + 1
        if not out:
            return text
        out.append(text[last:])
        return "".join(out)

    def normalize(self, text: str) -> str:
        """The normal form of one comment."""
        text = text.translate(self._table)
        if "[" in text:
            text = _CODE.sub(" ", text)  # a code between two clauses parts them as a space does
        if "/{" in text:
            text = _SLASH_CODE.sub("", text)
        text = _SPACES.sub(" ", text).strip() if _SPACES.search(text) else text.strip()
        if " " in text:
            text = join_spaced_letters(text)
        if len(set(text)) < len(text):
            text = fold_repeats(text)  # only a line with a character twice can repeat itself
        if "x" in text:
            text = _FIVE_AND_ONE.sub(lambda m: "五险一金" if len(m.group(0)) > 2 else "五险", text)
        if _LETTERS.search(text) and text not in _LETTERS_ALONE:
            text = self._letters_to_words(text)
        if _GATE_SPOKEN.search(text):
            if "唔" in text or "布" in text or "无" in text or "毋" in text:
                text = _NOT_X.sub(r"\1不\1", text)  # 收唔收, 远布远, 重毋重 ask as 收不收, 远不远, 重不重 do
            if "得不得" in text:
                text = _WILL_IT_DO.sub("行不行", text)
            if "咩" in text:
                text = _CANTONESE_WHAT.sub("什么", text)
            if "嘅" in text and "有冇" in text:
                text = _CANTONESE_HAS_IT.sub(r"\1", text)
            if "点" in text:
                text = _CANTONESE_HOW_DONE.sub("怎么", text) if "点样" in text else text
                text = _CANTONESE_AFTER_WHAT.sub("怎么办", _CANTONESE_HOW.sub("怎么", text))
            if "返" in text:
                text = _CANTONESE_WORK.sub(r"上\1班", text)
            if "定" in text:
                text = _SHIFT_OR.sub("还是", text)
        if "食" in text:
            text = _SOUTHERN_EAT.sub("吃", text)
        if "还" in text:
            if "我还是" in text:
                text = _TO_ME_OR.sub("", text)
            if "还是要" in text:
                text = _EITHER_MUST.sub(r"\1还是", text)
        if _GATE_SOFT.search(text):
            if "滴" in text:
                text = _CUTE_OF.sub("的", text)
            if "似的" in text or "一样" in text or "一个样" in text:
                text = _LIKENED_AFTER.sub("", text)
            if any(mark in text for mark in _CALLED_AFTER_MARKS):
                text = _CALLED_AFTER.sub(" ", text)
            if "么时候" in text:
                text = _WHAT_TIME.sub("什么时候", text)
            if "甚" in text:
                text = _NORTHERN_WHAT.sub("什么", text)
        if _GATE_NORTHERN.search(text):
            if "个人" in text:
                text = _SICHUAN_ONESELF.sub("自己", text)
            if "不了" in text:
                text = _JIN_ASKING.sub(r"\1吗", text)
            if "没了" in text:
                text = _JIN_HAS_IT.sub(r"\1没", text)
            if "得行" in text:
                text = _IT_DOES.sub("行", text)
            if "了" in text and "不" in text:
                text = _X_NOT_X_CLOSED.sub(r"\1", text)  # 管不管了: Shanxi 了 after an X不X
            if "多会儿" in text or "时候" in text:
                text = _WHEN_CLOSED.sub("", text)  # 多会儿能去了, 甚时候开资了: Shanxi 了 closing a when
        if text.rstrip("?!.~啊呀").endswith("了"):
            text = _WHERE_CLOSED.sub("", text)  # 具体哪搭了: Shanxi 了 closing a question of where
        if _GATE_NORTHWEST.search(text):
            if "撒" in text:
                text = _NORTHWEST_WHAT.sub("啥", _NORTHWEST_CLOSING.sub(r"\1嘛", text))
            if "多扫" in text or "多杀" in text:
                text = _PINYIN_HOW_MUCH.sub("多少", text)
            if "莫" in text:
                text = _NORTHWEST_NO.sub(lambda m: (m.group(1) or "") + "没", text)
            if "阿达" in text:
                text = _NORTHWEST_WHERE.sub("哪里", text)
            if "么" in text:
                text = _NORTHWEST_NOT.sub("没", text)
        if _GATE_SOUTHERN.search(text):
            if any(mark in text for mark in _SOUTHERN_MARKS):
                if "系" in text:
                    text = _SOUTHERN_IS.sub("是", text)
                if "个" in text:
                    text = _SOUTHERN_OF.sub("的", text)
            if "冇" in text:
                if "爱" in text:
                    text = _HAKKA_NEED.sub(lambda m: "要不要" if m.group(0) != "爱" else "要", text)
                if "得冇" in text:
                    text = _MAY_ONE.sub("可以吗", _MAY_GO_ASKED.sub(r"能\1吗", text))
                text = _HAKKA_ASKING.sub("吗", text)
            if "做" in text:
                if "得" in text:
                    text = _CAN_DO_ASKING.sub(_may_do, text)
                if "多" in text:  # every sum it reads is asked with 多 (多少, 几多, 好多)
                    text = _EARNED_MONTH.sub(lambda m: (m.group(1) or m.group(2) or "") + "挣", text)
            if "么个" in text:
                text = _JIANGXI_HOW.sub("怎么", _JIANGXI_WHAT.sub("什么", text))
            if "一日" in text:
                text = _ONE_DAY.sub("一天", text)
            if "日" in text and ("满" in text or "够" in text):
                text = _DAYS_SERVED.sub(r"\1天", text)
            if "么样" in text:
                text = _WUHAN_HOW_IS.sub("怎么样", _WUHAN_HOW.sub("怎么", text))
            if "么" in text:
                text = _WUHAN_WHAT.sub("什么", _HOW_DONE_ABOUT.sub("怎么办", _HUI_WHAT.sub("什么", text)))
                text = _JIAODONG_HOW.sub("怎么", text)
            if "几何" in text:
                text = _HUI_HOW_MUCH.sub("多少", text)
            if "辣" in text:
                text = _WU_AT.sub("在", text)
            if "伐" in text:
                text = _WU_ASKING.sub("吗", _WU_OF.sub("的", _WU_MAY.sub("能", text)))
        if _GATE_SOUTHWEST.search(text):
            if "好久" in text:
                text = _SOUTHWEST_UNTIL.sub("几点", text)
                text = _SOUTHWEST_HOW_LONG.sub("多久", _SOUTHWEST_WHEN.sub("什么时候", text))
            if ("到" in text or "起" in text) and ("站" in text or "坐" in text or "蹲" in text):
                text = _SOUTHWEST_STILL.sub("着", text)
            if "哇" in text:
                text = _SICHUAN_ASKING.sub("吗", text)
                if text.rstrip("?").endswith("哇"):
                    text = _SICHUAN_YES_NO.sub(r"\1吗", text)
            if "无" in text:
                if "着" in text and text.rstrip("?!.~ 啊").endswith("无"):
                    text = _MIN_MUST.sub("要", text)
                if "着" in text:
                    text = _MIN_MUST_OPENING.sub("要", text)
                text = _SOUTHERN_ASKING.sub("吗", _HAS_IT_NONE.sub(r"\1吗", _MIN_NEVER.sub("没", text)))
            if "啵" in text:
                text = _GAN_ASKING.sub("吗", text)
        if "哩" in text:
            text = _ASKED_THEN_LI.sub(r"\1呢", text)  # 什么时候面试哩: Henan and Qinghai 哩 as 呢
        if "您" in text:
            text = _POLITE_CLOSING.sub("", text)  # 嘛时候开支您了: Beijing and Tianjin 您 closing a question
        if text.rstrip("?!.~").endswith("是"):
            text = _COPULA_CLOSING.sub("", text)  # 工资 多少 是: a copula set last, as in Korean
        if _GATE_JIANGHUAI.search(text):
            if "阿" in text:
                text = _SUZHOU_ASKING.sub("可", text)  # 周末阿休息啊 asks as 周末可休息啊 does
                text = _SUZHOU_YES_NO.sub(_suzhou_asked, text)
                text = _WU_WHERE.sub(r"\1哪里", text)
            if "可" in text and ("啊" in text or "呀" in text or "哦" in text):
                text = _JIANGHUAI_ASKING.sub(_jianghuai_asked, text)  # only a closing particle asks
            if "可" in text:
                text = _JIANGHUAI_BARE.sub(_jianghuai_asked, _STILL_TAKEN.sub("要不要", text))
        if "不" in text:
            text = _IS_IT_OR_NOT.sub(r"\1吗", _CLOSED_BY_NOT.sub(" ", text))
            text = _WHO_TAKEN.sub(r"\1\2\3不\3", _DONE_OR_NOT.sub(r"\1\2吗", text))
        if _GATE_INLAND.search(text):
            if "格" in text or "给" in text or "个有" in text or "个管" in text:
                text = _YUNNAN_ASKING.sub(_yunnan_asked, text)
                if "给" in text and _ASKED_OTHERWISE.search(text) is None:
                    text = _YUNNAN_GIVE_ASKING.sub(_yunnan_asked, text)
            if "得呢" in text:
                text = _YUNNAN_ALL_RIGHT.sub("好的", text)
            if "额" in text:
                text = _SHAANXI_I.sub("我", text)
            if "得是" in text:
                text = _SHAANXI_IS_IT.sub("是不是", _SHAANXI_IS_IT_CLOSING.sub("是不是", text))
            if "好多" in text:
                text = _SICHUAN_HOW_MUCH.sub("多少", text)
            if "几个钱" in text:
                text = _HOW_MANY_COINS.sub("多少钱", text)
            if "好远" in text:
                text = _SICHUAN_HOW_FAR.sub(r"离\1多远", text)
            if "咧" in text:
                text = _SHAANXI_DONE.sub("了", text)
            if "木" in text:
                text = _HENAN_NEVER.sub("没", _HENAN_ASKING.sub(r"\1没", text))
            if "还得" in text:
                text = _STILL_MUST.sub(r"要\1吗", text)
            if "可能" in text:
                text = _JIANGHUAI_MAY.sub(r"能不能\1", text)
        if "个" in text or "活" in text:
            text = _THIS_AFTER.sub("", text)  # 女的能干不这个: the job pointed at after the question
        if "无所谓" in text or "不重要" in text or "不在乎" in text:
            text = _SET_ASIDE.sub("", text)  # 累不累无所谓 就问下站着做还是坐着做: only the second is asked
        if "bu" in text:
            text = _PINYIN_NOT_CLOSING.sub("不", _PINYIN_NOT.sub(r"\1不\1", text))
        fixed = self._fix_typos(text)
        if len(fixed) < len(text) and fixed != text:
            # a reaction taken out (绷不住, xswl) leaves no double or outer space behind
            fixed = _SPACES.sub(" ", fixed).strip()
        text = how_far(how_many(fixed))
        if "十" in text and ("岁" in text or "了" in text):
            text = _AGE_ABOUT.sub(_age_about, text)
        if _NUMERAL.search(text):
            text = numerals_to_digits(text)
        if "整" in text:
            text = _AGE_EVEN.sub(r"\1了", text)
        if "了" in text:
            text = _AGE_OPENING.sub(r"\1岁", text)
        return _AGE_TOLD.sub(r"\1岁", text) if "今年" in text else text
