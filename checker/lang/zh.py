"""Chinese report prose: the words the figure extractor needs, as data.

Every table here is plain data; `checker.extraction.chinese_scan` compiles them into one pattern. To teach the
extractor a new measure word, qualifier or set phrase, add it here (and a test case).
"""

from __future__ import annotations

# One character to one character, so offsets in the folded text are offsets in the original:
# full-width digits and signs, traditional and financial forms of the words we read.
# The traditional forms cover every character of the tables below (units, qualifiers, scales,
# dates, sessions, names), so 逾兩萬戶, 十來個, 約為3億美元 and 兩學一做 read as their simplified
# forms; 著 and 係, which are simplified characters too, are left alone.
FOLD_FROM = (
    "０１２３４５６７８９％．－～＋−／﹪"
    "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ"
    "萬億兩個餘約場項張臺輛點噸裡條間棟歲種類號區縣鎮鄉達過將幾屆當時單筆數萬門億"
    "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟○"
    "業嚴為義爭於產畝親眾會傳體傾茲內冊軍農準別辦務盧釐雙隻後員週圍國塊堅處備頭學實對屬崗峽"
    "幣帶強戶護報掛撓攬攝撐無來標檻歐灣滿熱電盞盤碼確禮稱穩籌簡糧級納線組織結統績維編網節補"
    "規計議證評識話課談貝責貫貼趕車輪邊郵鄰鐘鉤錢鎊長隊階韓頃須預領顆題額館馬驅鳴齊齡"
)
FOLD_TO = (
    "0123456789%.-~+-/%"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    "万亿两个余约场项张台辆点吨里条间栋岁种类号区县镇乡达过将几届当时单笔数万门亿"
    "一二二三三四五六六七八九十百千〇"
    "业严为义争于产亩亲众会传体倾兹内册军农准别办务卢厘双只后员周围国块坚处备头学实对属岗峡"
    "币带强户护报挂挠揽摄撑无来标槛欧湾满热电盏盘码确礼称稳筹简粮级纳线组织结统绩维编网节补"
    "规计议证评识话课谈贝责贯贴赶车轮边邮邻钟钩钱镑长队阶韩顷须预领颗题额馆马驱鸣齐龄"
)

DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
# Places inside a numeral; 万 and 亿 are sections (一千二百万 = (1000+200)*10000).
SMALL_PLACES = {"十": 10, "百": 100, "千": 1000}
SECTIONS = {"万": 10**4, "亿": 10**8}

# Scale words after an Arabic numeral (1.38万, 4.67亿, 3千万), longest first.
SCALES = {
    "万亿": 10**12, "千亿": 10**11, "百亿": 10**10, "十亿": 10**9, "亿": 10**8,
    "千万": 10**7, "百万": 10**6, "十万": 10**5, "万": 10**4, "千": 10**3, "百": 10**2,
}
# Words that follow a unit's slash only (842元/月: per month).
PER_ONLY = ["月"]
# A 千/百 that begins a unit is not a scale: 3千米 is three kilometres.
SCALE_NOT_BEFORE = "米瓦克伏帕卡分"
# Taiwan and Hong Kong write 万亿 as 兆 (5.67兆元); before other units 兆 is mega (兆瓦), so it is
# a scale only before money.
MONEY_ONLY_SCALES = {"兆": 10**12}
MONEY_AFTER_SCALE = "元 美元 日元 港元 港币 新台币 台币 人民币 欧元 英镑".split()
# A currency said again after an amount (6121亿元人民币), no part of what the money is.
CURRENCY_AFTER_AMOUNT = "人民币 美元 港币 港元 新台币".split()

PERCENT_PREFIX = "百分之"
# Currency signs before a number, and the unit they stand for (￥300 is 300元).
CURRENCY_SIGNS = {"￥": "元", "¥": "元", "$": "美元", "＄": "美元"}
# Before a lone 百/千/万 these make it vague: 数百名, 几千人, 上万人, 成千上万.
VAGUE_BEFORE = "数 几 上 成 近乎".split()
# 一 before a duration unit is the article (关键一年, 最大的一年, 这一年) unless these words stand
# right before it (过去一年, 用一年时间) or right after it (一年来, 一年多,
# 一个月内): then it states a duration of one.
ONE_DURATION_BEFORE = "过去 过去的 用 历时 为期 经过 整整 短短 仅用".split()
ONE_DURATION_AFTER = "来 以来 多 内 时间".split()

# Qualifier words before the number.  Keys are the words, values the qualifier.
PREFIX_QUALIFIERS = {
    "超过": "more_than", "逾": "more_than", "多于": "more_than", "高于": "more_than",
    "大于": "more_than", "超": "more_than", "突破": "more_than",
    "不少于": "at_least", "不低于": "at_least", "至少": "at_least", "最少": "at_least",
    "将近": "nearly", "接近": "nearly", "逼近": "nearly", "近": "nearly",
    "大约": "about", "约为": "about", "约合": "about", "大概": "about", "约": "about",
    "不超过": "at_most", "不高于": "at_most", "至多": "at_most", "最多": "at_most",
    "不到": "less_than", "不足": "less_than", "少于": "less_than", "低于": "less_than",
    "未满": "less_than", "未达": "less_than",
}
# Characters that, standing right before a prefix word, make it part of another word:
# 最近 (recent), 附近, 制约, 赶超, 高超.
PREFIX_NOT_AFTER = {"近": "最附靠邻将接逼亲", "约": "制节简契公预大签条合履违特邀相赴守誓盟婚", "超": "赶高"}
# Qualifier words right after the number (300余万, 2000多名, 十来个).
SUFFIX_QUALIFIERS = {"余": "more_than", "多": "more_than", "来": "about",
                     # 百分之五点几, 5点几个百分点: five and a digit not told
                     "点几": "more_than"}
# Said before a scale word: 三个多亿千瓦, 一个多亿 (more than 3亿, 1亿).
SCALE_SUFFIX_QUALIFIERS = {"个多": "more_than"}
# Qualifier words after the unit (70%以上, 3年左右).
POSTFIX_QUALIFIERS = {"以上": "at_least", "以下": "at_most", "以内": "at_most",
                      "左右": "about", "有余": "more_than", "多": "more_than", "出头": "more_than",
                      "或以上": "at_least", "或以下": "at_most", "及以上": "at_least",
                      "及以下": "at_most"}
# The prefix words that leave the top of the interval open (超过300万 may be 500万);
# the suffix words 余/多 mean "the next step up at most" (300余万 < 400万).
UNBOUNDED_MORE_THAN = {"超过", "逾", "多于", "高于", "大于", "超", "突破"}

# Measure words and units after the number (and scale), by kind.  Longest match wins.
UNITS: dict[str, str] = {}
for _kind, _words in {
    "count": "个 名 人 位 家 户 股 项 件 场 期 张 次 人次 户次 家次 场次 件次 批次 车次 架次 个次 "
             "批 所 座 栋 幢 间 套 台 台套 辆 部 架 艘 条 本 册 份 篇 种 类 支 对 只 头 匹 棵 "
             "株 块 处 片 门 节 首 幅 起 宗 例 组 队 班 轮 笔 封 枚 颗 根 盏 双 箱 包 袋 瓶 "
             "盒 床 所 区 县 市 省 镇 乡 村 部门 家庭 人口 名次 款 副 道 堂 课 课时 学时 "
             "张次 票 单 网点 户籍 列 趟 趟次 航次 艘次 班次 辆次 人日 人天 人月 尾 羽 口 眼 桶",
    "money": "元 块钱 美元 欧元 港元 日元 英镑 澳元 卢布 韩元 新台币 澳门元 人民币",
    "percent": "% ‰",
    "points": "个百分点 百分点 个千分点 个基点 基点",
    "measure": "吨 千克 公斤 克 微克 毫克 斤 纳米 千帕 分贝 摄氏度 ℃ 兆瓦时 亿千瓦时 公里 千米 米 厘米 毫米 平方米 平方公里 平方千米 公顷 亩 "
               "立方米 升 毫升 千瓦 千瓦时 兆瓦 吉瓦 瓦 度 千伏 伏 赫兹 标准箱 吨公里 人公里 "
               "吨标准煤 吉瓦时 太瓦时 亩次 寸 英寸 尺 字节 岁 周岁 标箱 车位 点 方 立方",
    "ratio": "倍 成 番",
    "duration": "年 周年 个月 个多月 天 日 小时 个小时 分钟 秒 周 星期 个星期 工作日 个工作日 "
                "个季度 学年",
}.items():
    for _w in _words.split():
        UNITS[_w] = _kind
# Colloquial units recorded under their standard name (两块钱 is 2 元).
UNIT_ALIASES = {"块钱": "元"}
# 四次会议, 三次全会: after 次, a session, not a count.
SESSION_AFTER = "会议 全会 全体会议 代表大会 大会 常委会 委员会".split()

# Years counted of something, in the clause before a number of 年, make it a measure compared
# like one (人均受教育年限达到11.7年, as 人均预期寿命78.6岁), not a stated duration.
MEASURED_YEARS = "年限 寿命".split()

# After a duration these make it the name of a programme (三年行动, 五年规划, 十年规划纲要),
# not a period stated (五年过渡期 is one).
PROGRAMME_AFTER = "行动 计划 规划 攻坚 倍增 纲要".split()

# A numeral + 期 before these, or right after a quoted name, is a phase of a project
# (机场三期扩建, “三北”六期等重大工程), not a count of sessions (分两期举办).
PHASE_AFTER = "工程 项目 建设 扩建 改扩建 改造 等".split()

# Words after a number that make it a date or year, never a figure.
DATE_AFTER_YEAR = "年度 年底 年初 年末 年中 年代 年前 年后".split()

# Set phrases and names that contain numerals.  A number inside one is not a figure.
NAMES = (
    "破万 破亿 破千 十一五 十二五 十三五 十四五 十五五 五一 五四 七一 八一 三八 六一 一线 二线 三线 "
    "两学一做 三严三实 四个意识 四个自信 两个维护 两个确立 四个全面 五位一体 一带一路 两会 两节 "
    "三城一区 四个中心 四个服务 一国两制 三农 一岗双责 两新 四必谈 三补贴 三挂钩 三公 两委 "
    "千家万户 千方百计 百花齐放 百家争鸣 万众一心 千军万马 十全十美 百年大计 四面八方 五湖四海 "
    "三心二意 七上八下 一五一十 三番五次 千篇一律 万无一失 一心一意 百折不挠 十万火急 九牛一毛 "
    "一对一 一站式 一把手 一体化 一揽子 一系列 一大批 一站 一网通办 六稳 六保 三重一大 "
    "双一流 双百 千万别 千万不 千万要 万一 一二九 一二·九 九一八 三级 二级 一级 四级 五级 "
    "一流 一批 一次性 三方 四方 六方 两岸 两地 三地 双方 两翼 一核 一主 两个组织 "
    "两块牌子 一套人马 八项规定 三次产业 九年义务教育 九年一贯制 两位数 三位数 个位数 一位数 两个一百年 七台河 三门峡 六盘水 九台 三区一门户 五星级 四星级 三星级 二星级 一星级 "
    "万家灯火 两个市场 两种资源 二人转 北三县 残疾人两项补贴"
).split()
# 六个坚持, 三个意识: a number with 个 before one of these heads names a principle.
SLOGAN_HEADS = "意识 自信 维护 全面 确立 服务 中心 坚持 务必 必须 代表 明确 统筹 着力 有利于 " \
               "面向 倾斜 融合 结合".split()
# A number right after one of these is an ordinal or an identifier.
ORDINAL_BEFORE = "第 届 每 星期 礼拜 No No. NO 编号 电话 热线 邮编 传真 代码 ICP备 ICP证 " \
                 "公网安备 备案号 条款 排名前 排名第 位列第 位居第 首".split()

# Connectors inside a list or range of numbers that share the last one's unit: 12、15和20个.
SHARED_UNIT_CONNECTORS = "、 和 及 或 至 到 - — – ~ 、和".split()

# Words that end a clause for metric naming (besides punctuation).
# Names of one thing: a metric is compared with each replaced by the first (服务业 = 第三产业;
# the first keeps its numeral, so that 第三产业 stays apart from 第一产业).
METRIC_SYNONYMS = [
    ("第三产业", "服务业"),
    ("占比", "比重", "所占比例", "比例"),
    ("增速", "增幅", "增长率", "增长", "涨幅", "上涨", "年增", "成长"),
    ("国内生产总值", "GDP", "地区生产总值", "生产总值", "国内生产毛额", "地区生产毛额", "生产毛额",
     "经济总量"),
    ("国内生产总值增速", "经济增速"),  # 经济增长5.5%左右: the growth of GDP
    ("居民消费价格", "CPI", "物价"),
    # the common short names of statistical reporting (规上工业, 社零, 外贸, 研发投入强度)
    ("规模以上", "规上"),
    ("社会消费品零售总额", "社零总额", "社零"),
    ("固定资产投资", "固投"),
    ("人工智能", "AI"),
    ("研发经费投入强度", "研发投入强度", "研发经费支出占国内生产总值占比",
     "研发经费支出相当于国内生产总值占比",
     "研究与试验发展经费投入强度", "研究与试验发展经费支出占国内生产总值占比"),
]
# Words of a figure's context (its time, scenario and scope: extraction/context.py reads them
# into fields), left out of its metric name when names are compared: 今年全省GDP预期增速 is
# GDP增速 with year, scenario and scope.
CONTEXT_WORDS = (
    "今年 去年 上年 本年 明年 当年 全年 年末 年底 年初 年内 上半年 下半年 前三季度 一季度 二季度 "
    "三季度 四季度 第一季度 第二季度 第三季度 第四季度 五年来 五年间 五年里 过去五年 年均 "
    "预期目标 预期 预计 目标 力争 计划 全省 全市 全区 全县 全自治区 "
    "报告要求 报告提出 要求 瞄准 锚定 还要").split()  # 报告要求今年…分别达到: what the report
# asks, no name; 今年瞄准4.5%左右: what it aims at
# Verbs and particles a name may end with before its figure (居民消费价格涨幅在2%左右).
NAME_TAILS = "在 为 达到 达 是 约 超过 超 突破 实现 保持 要".split()

# Who speaks before the colon of an interview's or a press conference's line (代表：“2.15万亿元，
# 增长5.5%。”): no name of the figures said.
SPEAKERS = "代表 委员 记者 主持人 发布人 嘉宾 专家 问 答 答记者问".split()
# Words before a figure that give the one before in another unit (1600亿斤（折合8000万吨）).
CONVERSION_WORDS = "折合 约合 合 相当于 即 折合人民币 约合人民币 合人民币 约".split()
# What is left of a comparison once its date is out (比“十三五”时期高1.2个百分点).
HIGHER_OR_LOWER = "高 低 快 慢 高出 低出".split()
# The heads of what a figure measures, which the last of parallel subjects carries for all
# (限上新能源汽车、节能家电零售额分别增长…: 限上新能源汽车零售额 too).
MEASURE_HEADS = tuple("零售额 销售额 营业收入 营业额 增加值 产量 产值 营收 利润 投资额 出口额 进口额 "
                      "进出口额 总额 销量 装机容量 贷款余额 存款余额".split())
# Verbs of cause before a list's subjects: what they drive is the subject (以旧换新带动限上
# 新能源汽车、节能家电零售额分别增长…).
CAUSE_VERBS = "带动 拉动 推动 助推 带来".split()
# One word for two parts that a 分别 list then names in turn (城乡居民收入分别增长…).
BOTH_OF = {"城乡": ("城镇", "农村")}
# Before a count of years (连续16年居全国首位): years in a row, a count, not a span of time.
IN_A_ROW = "连续"
# Metrics that say only "a share" or "a rate": the figure before them names the thing.
GENERIC_METRICS = "比重 占比 比例 份额 增速 增幅 比率 增长率".split()
RATE_OF_CHANGE = "增速 增幅 增长率".split()  # of the generic metrics, those that are changes

# A metric that starts with these compares the figure with another (高于全国平均, 比上年多):
# it is no subject that the figures after it in the sentence could take.
COMPARISON_LEADS = "高于 低于 快于 慢于 多于 少于 领先 比全国 比上年 较上年 比去年".split()

QUOTES = "“”\"'‘’「」『』【】<>〈〉"

# Trimmed from the start of the words before a number (其中未建会企业 → 未建会企业).
METRIC_LEAD = ("年末 年初 年底 年内 当年 本年 全年 上年末 初步核算 建成 建立 建设 新建 开办 设立 拥有 其中 截至目前 截至 目前 现有 已有 已经 已 共有 共计 总共 累计 合计 共 全市 全区 "
               "全省 全县 全系统 全年 全部 同时 此外 另外 并且 并 还 又 均 都 先后 分别 以及 "
               "和 与 对 向 把 将 使 让 被 由 从 等 达到 达 但 也 而 进一步").split()
# A one-character leading word that begins a noun before these characters stays (从业人员,
# 对外贸易, 还本付息, 共享单车, 都市圈, 和美乡村).
METRIC_LEAD_NOT_BEFORE = {"从": "业严", "对": "外口象标台", "还": "本款贷原", "和": "美谐平",
                          "共": "享建同青产", "都": "市", "使": "用", "让": "利", "将": "士",
                          "并": "购网表", "均": "价值衡", "由": "", "向": "日", "又": "",
                          "等": "级", "把": "关", "被": "保", "达": "标", "间": "接隔歇距断"}
# Trimmed from the end of the words before a number (注册用户达到 → 注册用户).
METRIC_TRAIL = ("分别为 分别达到 分别达 分别 达到 达 为 是 有 共有 共计 共 计 累计 合计 总计 "
                "增至 减至 升至 降至 增加到 减少到 提高到 降低到 下降到 上升到 突破 到 至 "
                "占 的 了 从 由 等 约 以 用 有近 近 超 拟按 按 拟 仅为 仅有 仅 也只有 只有 只 "
                "高达 已 进一步 实现 完成 和 与 及 或 控制在 保持在 稳定在 维持在 控制 保持 "
                "首次 第一次 头一次 首度 再次 再度 又一次 继续 持续 连续 仍然 仍 依然 同样 跨越 跨过 "
                "迈上 跃上 站上 迈过 "
                "设定为 设定在 设定 定为 定在 设为 确定为").split()
# Ends of those words that belong to a longer one: 预计 (a forecast) is not 预 + 计.
METRIC_TRAIL_NOT_AFTER = {"计": "预统设", "达": "表下发到"}
# Words that name nothing by themselves: a figure with only these before it takes the
# metric of the figure before it (17.01%和16.02%).
METRIC_EMPTY = "和 与 及 或 以及 而 并 但 进一步 也 — – - ～ ~ 至 到 → ⟶ ➡ ->".split()
# Words after a measure word that end the noun it counts (选派1058名职工赴港澳台 → 职工).
METRIC_BREAK = ("的 在 赴 也 带动 拉动 撬动 参加 参与 获得 获评 获 达成 开展 进行 完成 实现 建立 建成 中 "
                "减少 增加 增长 下降 提高 降低 上升 比 较 同比 环比 为 是 被 将 把 已 "
                "通过 共 累计 分别 其中 用于 涉及 从 到 至 向 对 由 等 占 达到 达 共计 "
                "合计 受益 入会 参保 签订 成立 组成 纳入 落户 除 于 制定 出台 印发 发布 召开 举办 组织").split()
# A change word: a figure after one of these alone takes the metric of the figure before it
# (国内生产总值1015986亿元，比上年增长2.3% → 国内生产总值增长).
# Changes that are falls: a figure named by one is a decrease by its value (下降0.2个百分点
# is -0.2个百分点).
FALL_WORDS = "下降 降低 减少 回落 下滑 收窄 缩小 减收 减产 实际下降 名义下降".split()

CHANGE_WORDS = ("增长 下降 提高 降低 上升 上涨 回落 减少 增加 扩大 缩小 增至 减至 升至 降至 "
                "发展 变为 突破 达到 翻番 增长了 下降了 提高了 减少了 增加了 增产 减产 多增 少增 "
                "增收 减收 实际增长 名义增长 实际下降 名义下降 加快 放缓 回升 回落 收窄 提升 攀升 "
                "下滑 加快了 年增 年减 降到 升到 ↑ ↓").split()  # (↑ ↓: a one-pager's arrows)
# Verbs that with 至 or 到 lead from one level to the next, though they are no change words of
# their own (从两万七千多元涨到三万六千多元, 从不到一半提到了七成多)
TO_LEVEL_VERBS = "涨 提 跃升 跃 飙升 增 减 升 降 上调 下调 变".split()
# After a figure these name the mark it passes (跨越5000亿元大关, 迈上1000亿斤新台阶), not
# the thing it counts: the words before the figure name that.
MILESTONE_NOUNS = "大关 关口 新台阶 台阶 新高 新高度".split()
# Words that make a figure in a span of years (十四五, 五年来) a quantity of the whole span (an
# average, a sum, an increment); a level without them (经济总量突破3万亿元) is the span's
# state at some year inside it, and pairs with the figure of that year.
SPAN_QUANTITY = "年均 平均 累计 合计 总计 共计 累积 增量 五年".split()
# Verbs right before a figure that make it a level reached (达到1.98万亿元, 提升至7.6万元), not
# a change, whatever the words before them.
LEVEL_VERBS = "至 到 达 为 是 突破 超过 超 跨越 跨过 迈上 站上 过".split()
# An average over years: a figure that says none of these is of one period.
AVERAGE_WORDS = "年均 年平均 平均每年 每年平均".split()
COMPARISON_WORDS = ("比上年末 比上年 比去年 较上年 较去年 同比 环比 按年 按季 按月 比上月 比年初 较年初 "
                    "比上年同期 比去年同期 同期 "
                    # against the previous five-year plan's period (比“十三五”时期增长78.9%)
                    "比十二五时期 比十三五时期 比十四五时期 较十三五时期 较十四五时期 "
                    "比十二五 比十三五 比十四五 较十三五 较十四五").split()
# The provinces, regions and municipalities by the names a text gives them: a figure named
# after one is of that place, and a text's own is the one it names most (context.read).
PROVINCES = ("北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 "
             "湖北 湖南 广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆").split()

# Common characters that traditional script writes otherwise (国 as 國, 长 as 長 …), and those
# forms as OpenCC's s2t, s2tw and s2hk write them (tests/test_align_parts.py holds them to OpenCC):
# a text with none of the forms is simplified Chinese already (checker/names.py).
COMMON_SIMPLIFIED = ("国为会这个们说时对发经与业来后过还进当动从体点开关实现区长亿万机场预产总额"
                     "费资计项数据济价货贸车电网设务农门间线级员东销劳岁应么两质标准调统营收达")
TRADITIONAL_FORMS = ("來個們價億兩動務勞區員國場實對後從應據數時會東業標機歲準濟為營爲現產當發級統"
                     "經網線總與萬計設說説調貨費貿資質車農這進過達還銷長門開間關電項預額體麼點")
