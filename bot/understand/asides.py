"""Chat that reads like a job question: a line already given a job topic, read again for what shows
it is about something else — goods priced by their measure, shipped or fit for someone, a stream's
gifts to its fans, someone's hometown, a shop of one's own, a pastime, someone's studies, family or
looks, where someone is now, which side of a thing, a meal being eaten.

Every check here needs no stream context and runs only on lines that already carry a domain intent,
so the bulk of a stream never reaches it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.kept.regexes import compiled

if TYPE_CHECKING:
    from bot.understand.intents import Scored
    from bot.understand.refs import Refs
    from bot.understand.terms import Hit

_GOODS_AFTER = compiled(
    r"(?:多少钱?|几块钱?|几毛钱?|什么价|啥价)(?:一|1|每)(?:双|套|盒|瓶|袋|杯|支|罐|桶|碗|平米|平方|平)(?![\u4e00-\u9fff])"
)
"""A price put before the measure goods are sold by (多少钱一盒, 多少钱一双, 房子多少钱一平)."""
_GOODS_BEFORE = compiled(
    r"(?<![\u4e00-\u9fff])(?:一|1|每)(?:盒|瓶|袋|杯|罐|桶|碗|平米|平方|平)(?:要)?(?:多少|几块|几毛|什么价|啥价)"
)
"""A measure of goods before its price (一盒多少钱, 一平多少钱); 一双, 一件, 一个 before a price may be
what a piece of work pays (针车一双多钱), so they are not read so."""
_ONE_THING = compiled(
    r"^(?:这个|那个|这|那|你的|你那个|你这个)?"
    r"(?:鞋|包|车|表|伞|帽|裙|裤|袜|笔|灯|琴|书|锅|床|桌|椅|柜|烟|酒|茶|糖|花|狗|猫|鱼|鸟"
    r"|项链|耳环|戒指|手镯|手链|耳钉|(?:大|小|红|白|黑|绿|黄|蓝|粉|紫|灰)色?的)子?"
    r"(?:多少钱|几块钱?|什么价|啥价)[啊呀呢?!.~]*$"
)
"""A thing of one character, a jewel, or goods told by size or colour, priced and nothing else
(鞋多少钱, 那个包多少钱, 项链多少钱, 大的多少钱, 黑色的多少钱): goods."""
_BUNDLE = compiled(
    r"(?<![\u4e00-\u9fff\d])(?:两|三|四|五|2|3|4|5)(?:件|双|套|盒|瓶|袋)(?:一共|总共)?(?:多少|几块)"
)
"""A price of several pieces together (两件多少钱): a bundle of goods; a piece rate is of one."""
_PRICE_OF = compiled(r"(?:什么|啥|哪个)价位的|多少钱的|几千块?的|几百块?的")
"""A price put before the thing that has it (什么价位的手机, 多少钱的车): goods, unless work follows."""
_PRICED_WORK = ("工资", "工作", "岗位", "活", "班", "工")
_PRICED_THINGS = compiled(r"会员|门票|票价|车票|机票|房价|彩礼|嫁妆|首付|房贷|车贷|挂号|看病|手术|住院")
"""Things bought or paid for (会员多少钱, 彩礼多少, 挂号多少钱): their price is not a job's pay."""
WORK_VERBS = frozenset("端喂装拧搬扫擦洗切炒送跑焊缝喷贴插拣叠铺推拉扛抬踩守陪刷剪钉磨")
"""Verbs of hands-on work (端盘子, 拧螺丝, 焊支架)."""
_HANDS_ON = WORK_VERBS | frozenset("包做干打车")
"""Verbs of work of any kind: before a measure (装一盒多少钱) the price is what a piece of work pays."""
_ORIGIN = compiled(r"(?:哪里|哪儿|哪)(的|人)[啊呀呢哦吖?!.~\s]*$")
"""How a line closes when it asks where someone comes from (重庆哪里的, 四川哪的, 苏州哪里人)."""
_ORIGIN_LEAD = compiled(r"(?:主播|姐姐|哥哥|姐|哥|宝|老铁)?(?:你|您)?(?:老家)?(?:是)?")
"""What may stand before the place in such a line (你是, 主播老家)."""
_OWN_SHOP = compiled(
    r"(?:办|申请|注册|需要|要|得有|要有|得办)(?:个|一个|张)?营业执照"
    r"|(?:开|盘)(?:个|一个|家|一家)?(?:店|超市|饭店|餐馆|奶茶店|网店|小店|厂)(?:要|得|需要)?(?:多少|几)"
    r"|加盟|进货|批发价|成本价|摆摊|摊位|(?:批发|菜|农贸|夜|早)市"
)
"""Setting up in business on one's own (要营业执照吧, 开店要多少钱, 加盟要多少钱, 在哪摆摊): not a job's
pay, place nor whether the recruiter is legitimate."""
_PASTIME = compiled(
    r"(?:干|做|搞)(?:啥|什么|嘛)的[?!.~\s,]*(?:唱歌|跳舞|直播|主播|打游戏|玩游戏|画画|演员|模特|网红|歌手|聊天)"
)
"""What someone does, guessed as a pastime or a show (干啥的？唱歌？): asked of a person, not a job."""
_MAJOR = compiled(
    r"^(?:主播|你|你是|他|她)?(?:学|读|学的|读的|是)(?:什么|啥)专业(?:的)?[啊呀呢哦]*[?!.~]*$"
    r"|^(?:什么|啥)专业(?:的|啊|呀|呢|哦)+[?!.~]*$"
)
"""Someone's subject of study (啥专业啊, 学的什么专业): a job asks what it takes (要什么专业)."""
_WHEREABOUTS = compiled(
    r"^(?:主播|你|姐|哥|宝)?(?:现在|这会儿?|今天|今晚|此刻)(?:人)?在哪(?:里|儿)?(?:呢|呀|啊)*[?!.~]*$"
    r"|(?:去|在)哪(?:里|儿)?(?:玩|旅游|旅行|度假|逛街|逛)|风景|景区|景点|门票"
)
"""Where someone is just now or goes to play (现在在哪, 在哪里玩, 哪里的风景): not where a job is."""
_BODILY = compiled(r"中暑|晕车|热死|冻死|挤死|累死|晒黑|晒伤")
"""What a way there does to the body (坐地铁会中暑的？): not which way leads to the job."""
_WHICH_SIDE = compiled(r"^[擦贴涂抹画剪刷扎夹戴描][哪那](?:边|里|儿)[啊呀呢]*[?!.~]*$")
"""Which side of a thing to work on (擦哪边, 画哪里): a step of a craft shown, not a place."""
_EATING_NOW = compiled(
    r"(?:在|正在)吃(?:的)?(?:什么|啥|啥子)|(?:吃饭|吃东西|好吃|吃)的(?:地方|店|馆子)(?:很|挺|比较|多)?多"
)
"""What someone is eating right now (在吃什么), or how many places to eat a town has (大宁吃饭的地方很多吗):
not what a canteen serves."""
_WHO_ONE_IS = compiled(
    r"^(?:主播|你|他|她)?(?:也)?是(?:不是)?(?:大学生|学生|研究生|高中生|初中生|本地人|外地人|外省人)"
    r"(?:吗|么|嘛|吧|啊|呀)*[?!.~]*$"
)
"""Whether someone is a student or from here (是大学生吗): who they are; a job asks 大学生可以吗."""
_LOOKS = compiled(
    r"化妆品|护肤品|口红|粉底|眼影|香水|美瞳|假睫毛|减肥|减脂"
    r"|(?:美甲|纹身|文身|染发|烫发|做头发|接发)(?:要|得)?(?:多少钱|几块|多少)|(?:纹身|文身|打耳洞)(?:疼|痛)"
)
"""Someone's looks and the goods and services for them (用的什么化妆品, 美甲多少钱, 纹身疼吗, 吃什么减肥);
a job asks whether they are allowed (可以做美甲吗, 有纹身能进吗)."""
_YOU_TWO = compiled(r"^(?:主播)?你们(?:俩|两口子|仨|二位|夫妻俩?|(?:两|三|几)个(?!人))")
"""You two, you three (你们俩住哪, 你们两口子一个月挣多少): people counted, not the employer's side
(你们几个人一间宿舍 asks about the rooms)."""
_WORKPLACES = ("厂", "公司", "岗位", "车间", "宿舍", "食堂")
"""A workplace or its rooms named in such a line (你们俩那个厂在哪) keep it on the job."""
_DONE_ALREADY = compiled(
    r"(?:几点|什么时候|啥时候|在哪里?|在哪儿|跟谁|和谁)(?:吃|睡|起|到|回|走|去|来)的"
    r"|(?:多久|几年|几个月)了[啊呀呢?!.~]*$"
)
"""When or where something was done (几点吃的饭, 在哪吃的) or how long it has gone on (上班多久了):
someone's past, not what the job is."""
_OWN_DAY_TO_SOMEONE = compiled(
    r"^(?:几点(?:下班|上班|睡|起)|住(?:哪|在哪|的哪)|在哪(?:上班|工作)|(?:做|干)(?:什么|啥)工作|一个月(?:能)?(?:挣|赚))"
    r"[^,?!.\s]{0,4}?[啊呀呢吗嘛么的]*[?!.~]*"
    r"(?:宝宝?|宝贝|哥哥?|姐姐?|美女|帅哥|亲|老铁|兄弟|老妹|老弟|大哥|大姐)[?!.~]*$"
)
"""Someone's own day or home asked with a fond word closing the line (住哪里宝, 几点下班啊哥): asked of
the person, as 宝宝几点下班 is; after a space (几点上班 宝) the job question stays, as 主播 几点上班 does."""
_HAPPENED = compiled(r"(?:辞职|离职|被骗|签合同|签了合同|签约|怀孕|怀上)了(?:吗|么|嘛|没有|没)[啊呀?!.~]*$")
"""Whether something has happened to someone by now (辞职了吗, 被骗了吗, 怀孕了吗): their life, as
放假了吗 is; 怀孕可以吗 and 要签合同吗 ask about the job."""
_KIN = compiled(
    r"^(?:主播|你|你的|你家)?(?:老公|老婆|对象|男朋友|女朋友|男票|女票|爸爸?|妈妈?|父母|儿子|女儿|闺女)"
    r"(?![^?!,.]*(?:能|可以|可不可以|行不行|要不要|一起))"
)
"""Someone's family or partner opening a line (老公在哪上班, 对象干啥的): their own life, unless the
line asks whether they may come or work too (老公可以一起去吗)."""
_FIT_TO_USE = compiled(
    r"(?:能|可以|能不能|可不可以)(?:穿|用|吃|戴|喝|涂|抹|玩)(?:吗|么|嘛|不|没)?[啊呀?!.~]*$"
    r"|适合(?:多大|几岁|什么年龄|多少岁)|^(?:多大|几岁)(?:的)?(?:能|可以)?(?:穿|用|吃|戴|玩)"
)
"""Whether goods suit someone (40岁能穿吗, 孕妇可以吃吗, 适合多大年纪): a job asks 能干吗, 能去吗."""
_JOB_WORDS = ("工作", "干", "做", "活", "厂", "上班", "岗位", "招", "进", "证", "身份", "卡", "照")
"""Words of work or papers that keep a question of fitness on the job (这工作适合多大年纪的,
临时身份证能用吗)."""
_SHIPPING = compiled(r"包邮|运费|邮费|偏远地区")
"""Shipping of goods bought (多少钱包邮, 偏远地区包邮吗)."""
_FAN_GIFTS = compiled(r"粉丝|关注|直播间|福袋|抽奖|老粉|铁粉|点赞|灯牌|家人们|宝宝们")
"""What makes 福利 a stream's gifts to its fans (粉丝有福利吗, 关注有福利吗), not a job's benefits."""
_STREAMING = compiled(r"(?<!老)公会|音浪|抖币|dou\+|上热门|涨粉|买粉|一个粉丝|主播培训|直播培训")
"""Streaming as a trade (公会收钱吗, 一个音浪多少钱, 主播培训多少钱): its fees and earnings are not a
job's."""
_PUBLIC_POSTS = compiled(
    r"^(?:当|做|考|干)?(?P<post>老师(?!傅|你|您|好|请|问|[,\s])|教师|护士|医生|警察|辅警|公务员|事业单位|编制|体制内"
    r"|学校|住校)"
)
"""Posts of the state, its schools and hospitals, or school life, opening the line (护士工资多少,
学校食堂怎么样): no recruiting stream offers them, so what they pay or give is talk of careers or
school (跟着老师傅能学到吗, 退伍军人有没有加钱 ask about the job); unless a job's title names
the post (护理院护士: 护士工资多少 asks about it)."""
_CAREER_TALK = frozenset({"pay", "duties", "hours", "prospects", "insurance", "dorm", "canteen"})
"""What may be said of such a post (its pay, hours, work, benefits, rooms and meals)."""
_WORKPLACE_SIDE = ("厂", "公司", "岗位", "车间", "你们", "这边", "那边", "招", "面试", "入职")
"""Words that put a question of the family back on the job (老公那个厂在哪, 女儿能来你们这边吗)."""
_AT_WORK = tuple(dict.fromkeys((*_WORKPLACES, *_WORKPLACE_SIDE)))
"""A workplace, its rooms, or the employer's side: any of them keeps a line on the job."""
_KIN_AGE = compiled(
    r"^(?:你|你家|我家|家里|主播)?(?:的)?(?:猫|狗|猫咪|狗狗|它|儿子|女儿|闺女|老公|老婆|男朋友|女朋友)"
    r"(?:今年)?(?:几岁|多大|多少岁)"
)
"""The age of someone's pet or family (狗几岁了, 你女儿多大): not an age limit of a job."""


_CLIMATE = compiled(
    r"(?:冬天|夏天|天气|气温|这会|现在)[^,，。？?\s]{0,2}(?:冷不冷|热不热|冷吗|热吗|冷不|热不|多冷|多热)"
)
"""A season's cold or heat asked (冬天冷不冷): said of a city and no job, its weather."""


def _only(result: list[Scored], intent: str) -> bool:
    """Whether the line's one topic is `intent`."""
    return all(s.intent == intent for s in result)


def _names_work(refs: Refs) -> bool:
    """Whether the line names a job, an employer or a company the catalogue lacks."""
    return bool(refs.numbers or refs.employers or refs.titles or refs.unknown_company)


def _goods_priced(norm: str, hits: list[Hit], refs: Refs, result: list[Scored]) -> bool:
    """A price of goods by their measure (多少钱一盒, 一平多少钱), with no job named and no word of a
    job's pay or shifts; before a measure, a verb of work makes the price a piece rate."""
    if _names_work(refs) or not {s.intent for s in result} <= {"pay", "requirements"}:
        return False
    if _ONE_THING.search(norm) is not None:
        return True
    price_of = _PRICE_OF.search(norm)
    if price_of is not None and not norm[price_of.end() :].startswith(_PRICED_WORK):
        return True  # 月薪3000买什么价位的车: a thing's price, the pay only told
    if not _only(result, "pay"):
        return False
    if _PRICED_THINGS.search(norm) is not None:
        return not any({"pay", "hours"} & set(h.term.strong) for h in hits)
    match = _GOODS_AFTER.search(norm) or _GOODS_BEFORE.search(norm) or _BUNDLE.search(norm)
    if match is None or any(ch in _HANDS_ON for ch in norm[: match.start()]):
        return False
    return not any({"pay", "hours"} & set(h.term.strong) for h in hits)


def _hometown(norm: str, hits: list[Hit], refs: Refs, result: list[Scored], worked: frozenset[str]) -> bool:
    """Where in a province or city someone comes from (苏州哪里人; 重庆哪里的 of a place the catalogue has
    no work in: 上海哪块的 asks where the job is when it has)."""
    if not refs.cities or not _only(result, "location") or _names_work(refs):
        return False
    closing = _ORIGIN.search(norm)
    if closing is None or (closing.group(1) == "的" and any(city in worked for city in refs.cities)):
        return False
    for h in hits:
        if h.term.city and h.end == closing.start():
            lead = _ORIGIN_LEAD.match(norm)
            return lead is not None and lead.end() == h.start
    return False


def is_aside(
    norm: str, hits: list[Hit], refs: Refs, result: list[Scored], worked: frozenset[str], titles: str
) -> bool:
    """Whether a line given a job topic is chat all the same (see the module's note); `worked`: the
    cities the catalogue has work in; `titles`: its jobs' titles, joined."""
    if _goods_priced(norm, hits, refs, result) or _hometown(norm, hits, refs, result, worked):
        return True
    intents = {s.intent for s in result}
    if _names_work(refs):
        return False
    if intents <= {"requirements", "pay", "canteen"} and _LOOKS.search(norm) is not None:
        return True
    if _SHIPPING.search(norm) is not None and not any(word in norm for word in _WORKPLACE_SIDE):
        return True
    if intents <= {"pay", "legitimacy", "prospects"} and _STREAMING.search(norm) is not None:
        return True
    post = _PUBLIC_POSTS.search(norm) if intents <= _CAREER_TALK else None
    if post is not None and post.group("post") not in titles:
        return True
    if intents == {"pay"} and "福利" in norm and _FAN_GIFTS.search(norm) is not None:
        return True
    if intents == {"requirements"} and _FIT_TO_USE.search(norm) is not None:
        return not any(word in norm for word in _JOB_WORDS)
    if intents <= _CAREER_TALK | {"location"} and _DONE_ALREADY.search(norm) is not None:
        return not any(word in norm for word in _AT_WORK)
    if intents <= _CAREER_TALK | {"location"} and _OWN_DAY_TO_SOMEONE.search(norm) is not None:
        return True
    if intents <= {"legitimacy", "requirements"} and _HAPPENED.search(norm) is not None:
        return not any(word in norm for word in _AT_WORK)
    if intents <= _CAREER_TALK | {"location"} and _YOU_TWO.search(norm) is not None:
        return not any(word in norm for word in _WORKPLACES)
    if intents <= {"location", "duties", "pay", "hours"} and _KIN.search(norm) is not None:
        return not any(word in norm for word in _WORKPLACE_SIDE)
    if intents <= {"pay", "legitimacy", "location"} and _OWN_SHOP.search(norm) is not None:
        return True
    if intents == {"duties"} and _PASTIME.search(norm) is not None:
        return True
    if intents == {"duties"} and refs.cities and _CLIMATE.search(norm) is not None:
        return True  # 郑州冬天冷不冷: a city's weather, not the work's
    if intents == {"requirements"}:
        return any(p.search(norm) is not None for p in (_MAJOR, _KIN_AGE, _WHO_ONE_IS))
    if intents == {"location"}:
        return any(p.search(norm) is not None for p in (_WHEREABOUTS, _WHICH_SIDE, _BODILY))
    return intents == {"canteen"} and _EATING_NOW.search(norm) is not None
