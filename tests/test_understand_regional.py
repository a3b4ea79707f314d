"""Cantonese, Wuhan, Hunan, Jiangxi and northern words read as the question they ask (喺边, 一日,
食饭, 乜, 几个钟, 打风, 么样, 么事, 恰, 么个, 甚, 多会儿, 超班, 企, 返几耐工, 点样, 啲咩嘢, 嚟), a
brand an employer's FAQ names kept to the job on screen, and the words those readings must leave
alone (甚至, 什么样, 十一日, 没多会儿, 冇乜)."""

from __future__ import annotations

import pytest

from bot.understand import Understander
from catalog.models import Catalog
from tests.test_answers import catalog_from_yaml


@pytest.fixture(scope="module")
def understander(seed_catalog: Catalog) -> Understander:
    """An understander over the seed catalogue and the shipped lexicon."""
    return Understander(seed_catalog)


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("站点喺边", "站点在哪"),
        ("六横点样过去", "六横怎么过去"),  # 点样 before a doing asks how it is done
        ("学出嚟有几多钱", "学出来有多少钱"),
        ("戴眼镜可管", "戴眼镜行吗"),
        ("木用过PDA", "没用过pda"),  # 木 before a past doing is 没
        ("网点喺白云边度", "网点在白云哪里"),
        ("一日跑几多单", "一天跑多少单"),
        ("违章么样算", "违章怎么算"),
        ("宿舍么样", "宿舍怎么样"),
        ("面试搞么事", "面试搞什么"),
        ("包恰不", "包吃不"),
        ("么个时候发gz", "什么时候发工资"),
        ("加班费么个算嘞", "加班费怎么算呢"),
        ("2号拉煤的要甚驾照", "2号拉煤的要什么驾照"),
        ("巡检是干甚的", "巡检是干什么的"),
        ("多会儿开资", "什么时候发工资"),
        ("超班咋给钱", "加班咋给钱"),
        ("企住做定坐住做", "站着做还是坐着做"),
        ("五险好久开始买", "五险什么时候开始买"),  # Guizhou 好久 before a start asks when
        ("夜班好久换一回白班", "夜班多久换一回白班"),  # before a change, how long
        ("过年放好久假", "过年放多久假"),
        ("好久没见", "好久没见"),  # it has been long
        ("是坐到开还是站到开", "是坐着开还是站着开"),
        ("坐到车上", "坐到车上"),
        ("我只想做一个月得不得嘛", "我只想做一个月行不行嘛"),
        ("食堂系咩口味", "食堂是什么口味"),
        ("有餐bu吗", "有餐补吗"),
        ("派到哪个医院喃", "派到哪个医院呢"),
        ("晚上陪护能睡会儿觉不", "晚上陪护能睡觉不"),
        ("做哪样活路", "做什么活路"),
        ("是站起的不 腿遭不住", "是站着的不 腿受不了"),
        ("好多号发钱", "几号发钱"),
        ("试车员一个月整多少", "试车员一个月挣多少"),
        ("龙城系正式工定派遣啊", "龙城是正式工还是派遣啊"),
        ("食饭点算 要钱唔", "吃饭怎么算 要钱不"),
        ("去面试要带乜证件", "去面试要带什么证件"),
        ("旺季每天加几个钟", "旺季每天加几个小时"),
        ("车位计件定计时", "车位计件还是计时"),
        ("坐住剥定企住剥", "坐着剥还是站着剥"),
        ("打风都要开工？", "刮台风都要开工?"),
        ("东莞今年冇乜厂招人", "东莞今年没太多厂招人"),
        ("住宿要钱无", "住宿要钱吗"),
        ("凤凰机场有人接无", "凤凰机场有人接吗"),
        ("宿舍离酒店远bu远", "宿舍离酒店远不远"),
        ("夫妻房阿有啊", "夫妻房有没有啊"),
        ("早浪几点钟上工", "早上几点钟上工"),
        ("试车员要啥本", "试车员要什么驾照"),
        ("宿舍有wifi木", "宿舍有wifi没"),
        ("看见血头晕中不中", "看见血头晕行不行"),
        ("拣货员女嘞要不要", "拣货员女的要不要"),
        ("木有经验可中", "没有经验行吗"),
        ("做耐咗可唔可以转白班", "做久了可不可以转白班"),
        ("宿舍有冇冷氣啊", "宿舍有没有空调啊"),
        ("要识讲粤语吗", "要会讲粤语吗"),
        ("系咪成日喺冷库入面", "是不是整天在冷库里面"),
        ("做满7日有冇奖励", "做满7天有没有奖励"),
        ("几耐加一次人工", "多久涨一次工资"),
        ("顺捷系唔系zj嘅", "顺捷是不是直招的"),
        ("面试做咩嘅", "面试做什么的"),
        ("听说要交工服鸭金", "听说要交工服押金"),
        ("下户了好久给钱", "下户了多久给钱"),
        ("有没有参补啊", "有没有餐补啊"),
        ("9号格有五险", "9号有没有五险"),
        ("额不住宿舍 给补贴不", "我不住宿舍 给补贴不"),
        ("巡检是闹甚的", "巡检是干什么的"),
        ("一年涨一回工资不", "一年涨一次工资不"),
        ("电瓶车押金好多", "电瓶车押金多少"),
        ("押金要好多", "押金要多少"),
        ("宿舍隔网点好远", "宿舍离网点多远"),
        ("站起还是坐起哦", "站着还是坐着哦"),
        ("QC底心多少", "qc底薪多少"),
        ("几号fgz", "几号发工资"),
        ("昆明南站格接", "昆明南站接不接"),
        ("我没修过路 格要得", "我没修过路 行不行"),
        ("3号哪天可以克", "3号哪天可以去"),
        ("熟手一天能绑好多吨", "熟手一天能绑多少吨"),
        ("日里做还是夜到做", "白天做还是晚上做"),
        ("勿会电脑阿可以", "不会电脑可不可以"),
        ("吾伲两家头能住一间伐", "我们两个人能住一间吗"),
        ("上昼几点上班", "上午几点上班"),
        ("阿有啥场化好住", "有没有什么地方好住"),
        ("啥人来接", "谁来接"),
        ("小囡放假阿好带过去", "小孩放假可不可以带过去"),
        ("宿社几侬一间", "宿舍几人一间"),
        ("有冇雙糧", "有没有双薪"),
        ("揸車要咩牌", "开车要什么驾照"),
        ("有冇強積金", "有没有社保"),
        ("受苦不受苦", "累不累"),
        ("明儿个能去不", "明天能去不"),
        ("要圪蹴着干不", "要蹲着干不"),
        ("细伢子能带去不", "小孩能带去不"),
        ("啥玩意儿活啊", "什么活啊"),
        ("阿门报名", "怎么报名"),
        ("做么里个", "做什么个"),
        ("伢崽可以带不", "小孩可以带不"),
        ("啥西辰光上班", "什么时间上班"),
        ("我汉子能去吗", "我老公能去吗"),
        ("唔使交钱咩", "不用交钱咩"),
        ("有黑班吗", "有夜班吗"),
        ("公母俩能住一块不", "两口子能住1块不"),
        ("做活路几个钟头", "干活几个小时"),
        ("寻营生", "找活"),
        ("落雨天哪门搞", "下雨天怎么搞"),
        ("拾贰号几号开工资", "12号几号开工资"),
        ("我恰烟的 能做库管冇", "我抽烟的 能做库管吗"),
        ("干好了能当个小头头不", "干好了能当个组长不"),
        ("年纪卡好多 我崽三十七了", "年纪卡多少 我崽37了"),
        ("底薪豪多", "底薪多少"),
        ("宿社离车间好远咯", "宿舍离车间多远咯"),
        ("安怎报名", "怎么报名"),  # Minnan 安怎
        ("包住哇", "包住吗"),  # Jin and Sichuan 哇 closing what is provided
    ],
)
def test_regional_words_are_read_as_mandarin(understander: Understander, text: str, normal: str) -> None:
    """Each regional form is written the way the lexicon's Mandarin questions are."""
    assert understander.normalize(text) == normal


@pytest.mark.parametrize(
    "text",
    [
        "甚至还要加班",
        "什么样的工作",
        "这么样不行",
        "怎么个算法",
        "什么事",
        "学历无",
        "毫无",
        "并无",
        "有积木",
        "家具有实木",
        "有木工吗",
        "7日发工资",
        "价格有点高",
        "风格是什么",
        "额外补贴有吗",
        "有名额吗",
        "好多人啊",
        "这里好多厂",
        "新疆好远啊",
    ],
)
def test_words_that_only_look_regional_are_kept(understander: Understander, text: str) -> None:
    """甚至, 什么样, 怎么个 and 什么事 are left as written."""
    assert understander.normalize(text) == text


@pytest.mark.parametrize("text", ["三月一日发工资", "十一日发工资", "每月一日发"])
def test_a_dates_day_is_no_cantonese_day(understander: Understander, text: str) -> None:
    """The 一日 of a date is a day of the month, never read as 一天."""
    assert "一天" not in understander.normalize(text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("站点喺边", "location"),
        ("双十一有得休吗", "hours"),
        ("要唔要车牌", "requirements"),
        ("刚拿驾照半年能搞么", "requirements"),
        ("面试搞么事", "apply"),
        ("包恰不", "canteen"),
        ("要企成日?", "duties"),
        ("女滴要不要", "requirements"),
        ("进厂要体简吗", "requirements"),
        ("60多岁还要不", "requirements"),
        ("风电运维要爬多高", "duties"),
        ("大同南站有接的不", "location"),
        ("离车间多远", "dorm"),
        ("工地离住的地方远不", "dorm"),
        ("是直营吗", "legitimacy"),
        ("返费什么时候到手", "legitimacy"),
        ("靓仔问下打磨几多人工", "pay"),
        ("保洁一个月拿好多", "pay"),
        ("8号男宿管也是这个价吗", "pay"),
        ("也是10号发？", "pay"),
        ("今年扣了8分 还能去不", "requirements"),
        ("我左手少半截手指能干不", "requirements"),
        ("龙城系正式工定派遣啊", "legitimacy"),
        ("系唔系年底先结", "pay"),
        ("年底才结账啊？", "pay"),
        ("干完一季能结账不", "pay"),
        ("船上谁做饭", "canteen"),
        ("妇女能上船不", "requirements"),
        ("干几年能当大副不", "prospects"),
        ("腥不腥啊", "duties"),
        ("手会不会泡烂", "duties"),
        ("搬的袋子多重啊 我腰不好", "duties"),
        ("食饭点算 要钱唔", "canteen"),
        ("旺季每天加几个钟", "hours"),
        ("车位计件定计时", "pay"),
        ("坐住剥定企住剥", "duties"),
        ("离厂多远", "dorm"),
        ("车票能报吗", "location"),
        ("还招多少人", "apply"),
        ("机长只招两个？", "apply"),
        ("住宿要钱无", "dorm"),
        ("火车站有人接无", "location"),
        ("夫妻房阿有啊", "dorm"),
        ("早浪几点钟上工", "hours"),
        ("下雨天做伐", "hours"),
        ("是不是忽悠人的", "legitimacy"),
        ("工资阿门算", "pay"),
        ("胡都累不", "duties"),
        ("怎搞报名", "apply"),
        ("是下力活不", "duties"),
        ("后生可以去不", "requirements"),
        ("何解不包吃", "canteen"),
        ("港一下工资", "pay"),
        ("能倒休不", "hours"),
        ("吃食咋样", "canteen"),
        ("住处有没有", "dorm"),
        ("活路恼火不", "duties"),
        ("你们要不要四十多的", "requirements"),
        ("收50来岁的不", "requirements"),
        ("舱里面一平方多少", "pay"),
        ("淡季是几月到几月", "hours"),
        ("三月前必须到吗", "apply"),
        ("什么时候开班", "apply"),
        ("10号司机要啥本", "requirements"),
        ("8路车坐到哪下", "location"),
        ("一个月倒一回班？", "hours"),
        ("车间有味没", "duties"),
        ("晒不晒啊", "duties"),
        ("户外工作吗", "duties"),
        ("要英语吗", "requirements"),
        ("看见血头晕中不中", "requirements"),
        ("PLC不会中不中", "requirements"),
        ("宿舍有wifi木", "dorm"),
        ("成晚企住做？", "duties"),
        ("系咪成日喺冷库入面", "duties"),
        ("要几多年经验", "requirements"),
        ("时薪多少 冲冲冲", "pay"),
        ("离三亚市区远吗 想去免税店买买买", "location"),
        ("家人们1号一天要做几间房啊 手慢星人瑟瑟发抖", "duties"),
        ("零基础刀工稀烂能做吗", "requirements"),
        ("三亚包机票吗 学生党穷死了", "location"),
        ("要做满多久", "requirements"),
        ("南通西站给接不[抱拳]", "location"),
        ("超点咋算", "pay"),
        ("装配要看图不 船体图我贼溜", "requirements"),
        ("能干到起重班长不", "prospects"),
        ("大件手搬吗 贼沉", "duties"),
        ("是包工头带的吧 钱谁发", "legitimacy"),
        ("包活咋算的", "pay"),
        ("试焊拍片过了就要?", "apply"),
        ("刀自己买不", "duties"),
        ("车间味儿大不大", "duties"),
        ("腰不好中不中", "requirements"),
        ("维修工底xin多少", "pay"),
        ("装卸系计件定系月薪", "pay"),
        ("要唔要识电脑", "requirements"),
        ("5号仲有冇位", "apply"),
        ("厨房热吗🥵", "duties"),
        ("能学到东西吗 还是纯纯打工", "prospects"),
        ("能跟师傅学焊不", "prospects"),
        ("老娘们要不", "requirements"),
        ("能当炉长不", "prospects"),
        ("干满仨月涨不", "pay"),
        ("3号晚上能睡觉不我年纪大了一宿不睡可不行", "hours"),
        ("护工给交设保不交", "insurance"),
        ("我没生过娃娃能做月嫂不", "requirements"),
        ("升一颗星能涨好多", "pay"),
        ("过年不回家有没有啥奖励", "pay"),
        ("是不是要自己有电瓶车啊", "requirements"),
        ("2号要上yb吗", "hours"),
        ("刚满20能不能做", "requirements"),
        ("会PLC有用吗", "requirements"),
        ("干半个月能走吗 只有暑假有空", "requirements"),
        ("我们班主任说要签三方 这个厂签吗", "legitimacy"),
        ("夜班格有补贴", "pay"),
        ("干这个恼火不恼火", "duties"),
        ("学徒学哪样", "prospects"),
        ("上夜班不我晚上熬不了", "hours"),
        ("晚上能睡觉不能", "hours"),
        ("有夫妻房没有俺跟老头子一起去", "dorm"),
        ("那个APP咋下载啊", "apply"),
        ("要去外地不", "location"),
        ("要不要做家务哦", "duties"),
        ("西安冬天停不停工", "hours"),
        ("我们班组七八个人一起克得不得", "requirements"),
        ("女娃娃学得不", "requirements"),
        ("有夫妻房吗俺跟俺家老头子一起去的[呲牙]", "dorm"),  # the 的 ends what is told
        ("有夫妻房的吗", "jobs"),
        ("额血压有点高 能下井不", "requirements"),
        ("婆姨女子能干不", "requirements"),
        ("电驴子要自己买唛", "requirements"),
        ("留任奖好多", "pay"),
        ("有冰箱没得", "dorm"),
        ("好久可以上班哦", "apply"),
        ("派一票好多钱[呲牙]", "pay"),
        ("做整件还是流水", "duties"),
        ("没烫过衣服 要不要新手", "requirements"),
        ("买社保不老板", "insurance"),
        ("我妈五十几了要不要", "requirements"),
        ("女娃儿能跑夜班不", "requirements"),
        ("3号保安 额55咧要不要", "requirements"),
        ("有夫妻防么", "dorm"),  # the same sound, the wrong character
        ("有没有坐着干嘞", "jobs"),  # Yunnan 嘞 for 的: a wish searched for
        ("试菜阿么试", "apply"),
        ("广东话听不懂阿么办", "requirements"),
        ("求求了 包住吗", "dorm"),  # a plea, not a pet name
        ("我们维族去可以吗", "requirements"),
        ("阿西 在 哪里", "location"),
        ("撒子时候发工资", "pay"),  # Chongqing 撒子 is 什么
        ("啥时候下班", "hours"),
        ("阿们报名哩", "apply"),  # Linxia and Xining 阿们 is 怎么
        ("住宿免费吧", "dorm"),  # that a thing costs nothing, checked
        ("嫑押金吧", "legitimacy"),  # Guanzhong 嫑 is 不要
        ("双休无啊", "hours"),  # Hainan 无 closing a question, a soft 啊 after it
        ("吃饭包无8号", "canteen"),
        ("学生做得无 暑假工", "requirements"),
        ("有无长白班的", "jobs"),  # 有无 asks as 有没有 does
        ("昆山南站有无人接", "location"),
        ("上夜班多给钱么", "pay"),  # what the night shift pays, not the shifts
        ("北方恰么子 面食我恰不惯", "canteen"),  # Gan and Hunan 恰 is 吃
        ("什么时候要到厂", "apply"),
        ("包住不姐", "dorm"),  # whom it is said to, after the particle
        ("是派遣嘞吧", "legitimacy"),  # Henan 嘞 for 的
        ("俺掌柜嘞四十六了 能去不", "requirements"),  # 掌柜的 is a husband
        ("新手头一个月能挣多少", "pay"),
        ("摆渡车司机要嘛证", "requirements"),  # Tianjin 嘛 is 什么
        ("推车倍儿沉吧", "duties"),  # how hard the work is, checked
        ("叉车证得有吧", "requirements"),
        ("以后能当策划吗", "prospects"),  # what one may become later
        ("学完能做机长是不是啦", "prospects"),
        ("能转成直签吗 不想一直派遣", "prospects"),
        ("装柜要装到几点", "hours"),
        ("QC要学历无", "requirements"),  # 要学历无 asks; 学历无 alone tells
        ("以后能升么个", "prospects"),  # Jiangxi 么个 closing a doing is 什么
        ("夜班有饭补没", "canteen"),
        ("要出镜吗", "duties"),
        ("3号是嘛活儿", "duties"),  # Tianjin 嘛 is 什么, 活儿 is 活
        ("有没有打字的客服", "jobs"),  # a kind of job wished for by what it does
        ("高中毕业就行吧", "requirements"),  # whether what one has is enough, checked
        ("中午管顿饭不", "canteen"),
        ("一个月耍得到几天", "hours"),  # Sichuan 耍 is to rest
        ("摘柿子是按么算钱", "pay"),
        ("钱多长时间发一回", "pay"),
        ("学徒期好久", "prospects"),  # south-western 好久 closing a span asked is 多久
        ("工资么斯时候发", "pay"),  # Wuhan 么斯 is 什么
        ("公积金按好多交", "insurance"),  # Sichuan 按好多 asks the rate paid
        ("提成一台好多", "pay"),
        ("一个月只耍两天嗦", "hours"),
        ("晚上几点开干", "hours"),
        ("中午管盒饭嗦", "canteen"),
        ("中午给饭不", "canteen"),
        ("三年经验必须的吗 我干两年半", "requirements"),  # whether the years asked are a must
        ("一日返几耐工", "hours"),  # Cantonese 返工 is going to work, 几耐 how long
        ("由车站去船厂点去", "location"),  # 点去 closing a line: how one gets there
        ("报咗名之后点呀", "apply"),  # 之后点: what then
        ("辅工做啲咩嘢", "duties"),  # 做啲咩嘢: what is done
        ("辅工主要做乜", "duties"),
        ("星期几考焊", "apply"),  # a welder's test is how one is taken on
        ("我做过几年汽车喷漆 啱唔啱", "requirements"),  # whether what one has done fits
        ("系咪厂里自己招㗎", "legitimacy"),
        ("俺近视 戴眼镜可管", "requirements"),  # Xuzhou 可管 alone: whether it will do
        ("还得办健康证啊", "requirements"),  # 还得…啊: whether one must, asked in surprise
        ("今个晚上能上不", "apply"),
        ("送外卖一个月能跑多少", "pay"),  # what a month of riding brings in
        ("下雨天可加钱", "pay"),  # the weather opening the line is no one's name
        ("木干过仓库 能学不", "requirements"),
        ("双休得是", "hours"),  # Shaanxi 得是 closing a line asks for a yes
        ("12号是派遣的得是", "legitimacy"),
        ("能戴隐形不", "requirements"),
        ("停产了有冇得钱", "pay"),  # what is paid while the works stand
        ("站的还是坐的", "duties"),
        ("苦重不苦重", "duties"),  # Shanxi 苦重 is hard work
        ("男护士要不要", "requirements"),
        ("要上夜暝班无", "hours"),  # Chaoshan 夜暝 is the night
        ("前台做久有无得升", "prospects"),
        ("无读乜书可以无", "requirements"),  # 无 before a doing is 没
        ("主要炒乜个菜系", "duties"),  # a cook's cuisine is the work
        ("租房一个月多少钱", "dorm"),  # the rent outside, not the wage
        ("押工资押好多", "pay"),  # Sichuan 押好多: how much is held back
        ("李经理微信号好多", "apply"),
        ("出车祸哪个赔", "insurance"),  # 哪个 asking who
        ("车间有味儿不", "duties"),
        ("低压证就行不", "requirements"),  # whether the certificate one has is enough
        ("黑夜出车多不多", "hours"),  # Shanxi 黑夜 is the night
        ("包装工能转别的岗不", "prospects"),
        ("Excel不太会 能学不", "requirements"),  # whether one lacking a skill is taken
        ("这个活轻快吗", "duties"),  # 轻快 is light work
        ("有没有轻快点的活", "jobs"),
        ("在郭巷哪个村", "location"),  # where within a place, of the job on screen
        ("苏州哪个镇", "location"),
        ("苏州哪个厂包吃住", "jobs"),  # which works in a place, wished for: a search
    ],
)
def test_the_question_is_understood(understander: Understander, text: str, intent: str) -> None:
    """Each line asks its intent first."""
    assert understander.understand(text, None).intents[:1] == (intent,)


@pytest.mark.parametrize(
    "text",
    [
        "靓仔好",
        "我都没多会就到了",
        "没多会儿就到了",
        "搞什么",
        "10号发货",
        "这个价太低了",
        "东莞今年冇乜厂招人",
        "弄啥嘞这是",
        "窗户外是个啥",
        "还是老歌有味道呢",
        "不结账？？？",
        "阿西吧 太远了",
        "好累哇",
        "免费吧",
        "主播啥时候下班",
        "我学历无",
        "工资全无 一分都没有",
        "谢谢姐",
        "主播很累吧",
        "等了好久",
        "那就行吧",
        "那还是算了",
        "鬼王还是鬼王",
        "你是四川的还是重庆的",
        "分区怎么还是王者",
        "昨天耍了两天",
        "这台好多",
        "要返工吗",  # rework, as Mandarin reads it
        "快点去",
        "积木用过",
        "还得等啊",
        "你说得是",
        "戴隐形了吗",
        "黑夜里看不见",
    ],
)
def test_chat_stays_chat(understander: Understander, text: str) -> None:
    """A greeting to the host, a viewer's own arrival, a game's complaint and a parcel's day ask nothing."""
    assert understander.understand(text, None).intents in ((), ("other",))


BRANDS = """\
employers:
  - id: junchi
    name: 广州骏驰配送服务有限公司
    aliases: [骏驰]
    city: 广州
    faq:
      - {q: 你们是美团的吗, a: 我们是美团外卖天河片区的站点运营商，合同跟骏驰签}
jobs:
  - id: R01
    number: 1
    employer: junchi
    title: 外卖专送骑手
  - id: R02
    number: 2
    employer: junchi
    title: 外卖众包骑手
"""


@pytest.fixture(scope="module")
def brands(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A rider station whose FAQ says which platform it runs riders for."""
    return catalog_from_yaml(tmp_path_factory, "brands", BRANDS)


@pytest.mark.parametrize(
    ("text", "intent"), [("有冇夫妻房嘅", "dorm"), ("夫妻房有冇嘅", "dorm"), ("有冇包住嘅", "jobs")]
)
def test_cantonese_closing_has_it_asks_of_the_job_on_screen(
    understander: Understander, seed_catalog: Catalog, text: str, intent: str
) -> None:
    """嘅 after 有冇 and a room asks of the job on screen; after a wish jobs are searched by, it names
    the jobs that have it."""
    job = seed_catalog.jobs[0].id
    assert understander.understand(text, job).intents[:1] == (intent,)


def test_a_brand_the_employers_faq_names_keeps_the_job_on_screen(brands: Catalog) -> None:
    """是不是美团直营的 with a 骏驰 job shown asks of that job; 京东 names a company the catalogue lacks."""
    reader = Understander(brands)
    assert reader.understand("系唔系美团直营嘅", "R01").job == "R01"
    assert reader.understand("京东直营的吗", "R01").job is None


@pytest.mark.parametrize(
    ("text", "bare", "intent"),
    [("阿峰 3号一个月能整多少钱", "3号一个月能整多少钱", "pay"), ("包住吗阿峰", "包住吗", "dorm")],
)
def test_the_hosts_name_is_whom_a_question_is_said_to(
    understander: Understander, text: str, bare: str, intent: str
) -> None:
    """The host's name opening or closing a line (the catalogue's stream.host) is no word asked."""
    assert understander.normalize(text) == understander.normalize(bare)
    assert understander.understand(text, "J001").intents[:1] == (intent,)


def test_the_hosts_name_alone_stays_chat(understander: Understander) -> None:
    """A greeting by the host's name asks nothing."""
    assert understander.understand("阿峰你好", None).intents == ()
