"""The entity recogniser (kg.nlp.entities): hand-written sentences per rule, the exact mentions each yields.

Every assertion compares the whole set of (text as written, type, name) the recogniser gives for a sentence,
so a spurious extra name fails a test as a missed one does.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp(nlp_entities):
    return nlp_entities


def mentions(nlp, text):
    return nlp(text)._.kg_mentions


def typed(nlp, text):
    """{(text as written, type)} of the sentence's mentions."""
    return {(m.text, m.type) for m in mentions(nlp, text)}


def found(nlp, text, type_=None):
    """{(text as written, type, name)} of the sentence's mentions (of one type when given)."""
    return {(m.text, m.type, m.name) for m in mentions(nlp, text) if type_ is None or m.type == type_}


# -- bodies: departments, abbreviations, scope words ------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("区住建局以精准施策推动产业。", {("区住建局", "Agency", "区住房和城乡建设局")}),
        ("济南市历下区住建局表示。", {("济南市历下区住建局", "Agency", "济南市历下区住房和城乡建设局"),
                                   ("济南市", "Place", "济南市"), ("历下区", "Place", "历下区")}),
        ("芝罘区发改委召开会议。", {("芝罘区发改委", "Agency", "芝罘区发展和改革委员会"), ("芝罘区", "Place", "芝罘区")}),
        ("会同市民政局等9部门出台意见。", {("市民政局", "Agency", "市民政局")}),
        ("青岛市政府新闻办召开发布会。", {("青岛市政府新闻办", "Agency", "青岛市人民政府新闻办公室"), ("青岛市", "Place", "青岛市")}),
        # (a short name whose last character opens a word of the full name, 新闻办 | 公室, is the full name written out)
        ("发布会由市政府新闻办公室副主任主持。", {("市政府新闻办公室", "Agency", "市人民政府新闻办公室")}),
        ("我区城管局开展整治。", {("我区城管局", "Agency", "区城市管理局")}),
        ("市总工会主办。", {("市总工会", "Organization", "市总工会")}),
    ],
)
def test_entities_department_and_abbreviation(nlp, text, expected):
    assert found(nlp, text) == expected


def test_entities_layout_boundary_inside_body_name(nlp):
    # the left boundary comes from the text, not a fixed length: 会同/在/、 end the name; 市 after
    # 青岛市城市管理局、 is 青岛市
    assert found(nlp, "日前，在青岛市城市管理局、市总工会主办的大赛中") == {
        ("青岛市城市管理局", "Agency", "青岛市城市管理局"), ("市总工会", "Organization", "青岛市总工会"), ("青岛市", "Place", "青岛市")}


def test_entities_nested_name_with_and(nlp):
    text = "市委副秘书长、市城市更新和城市建设总指挥部办公室执行主任姜德志在发布会上说。"
    assert found(nlp, text) == {("市城市更新和城市建设总指挥部办公室", "Agency", "市城市更新和城市建设总指挥部办公室"),
                                ("市委", "Agency", "市委"), ("姜德志", "Official", "姜德志")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a ministry alone is the State Council's (no city has a 部 of its own); short forms expanded
        ("该项目获得工业和信息化部认定。", {("工业和信息化部", "Agency", "工业和信息化部")}),
        ("人社部、科技部联合发文。", {("人社部", "Agency", "人力资源和社会保障部"), ("科技部", "Agency", "科学技术部")}),
        ("青岛市商务局与商务部签约。", {("青岛市商务局", "Agency", "青岛市商务局"), ("青岛市", "Place", "青岛市"),
                                   ("商务部", "Agency", "商务部")}),
        ("中国外交部发言人表示。", {("中国外交部", "Agency", "中国外交部")}),
        ("审计署发布公告。", {("审计署", "Agency", "审计署")}),
        # the country's or the centre's body, its short form written out
        ("国家发改委印发通知。", {("国家发改委", "Agency", "国家发展和改革委员会")}),
        ("全国人大常委会审议通过。", {("全国人大常委会", "Agency", "全国人民代表大会常务委员会")}),
        # a post right after the ministry, where jieba reads 部副 as one word
        ("住房和城乡建设部副部长秦海翔表示。", {("住房和城乡建设部", "Agency", "住房和城乡建设部"),
                                      ("秦海翔", "Official", "秦海翔")}),
        # 部 opening another word is no ministry; a party department alone is no name (any committee has one)
        ("各级教育部门和财政部门要加强管理。", set()),
        ("财政部长出席。", set()),
        ("组织部召开会议。", set()),
    ],
)
def test_entities_a_ministry_named_alone_is_the_national_body(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a bank is a firm; its branch names run on over the bank's name (分行, 支行: part of it)
        ("中国银行青岛分行副行长王强出席。", {("中国银行青岛分行", "Company", "中国银行青岛分行"), ("青岛", "Place", "青岛"),
                                      ("王强", "Official", "王强")}),
        ("北京银行与区政府签约。", {("北京银行", "Company", "北京银行"), ("北京", "Place", "北京"),
                                ("区政府", "Agency", "区人民政府")}),
        # jieba reads 行为 across the branch's name and the preposition after it
        ("青岛农商银行即墨支行为企业授信5亿元。", {("青岛农商银行即墨支行", "Company", "青岛农商银行即墨支行"),
                                           ("青岛", "Place", "青岛"), ("即墨", "Place", "即墨")}),
        ("建设银行青岛分行为项目提供贷款。", {("建设银行青岛分行", "Company", "建设银行青岛分行"), ("青岛", "Place", "青岛")}),
        # the national banks' short names (their stems are everyday words), expanded; the central bank is a body
        ("工行、农行加大信贷投放。", {("工行", "Company", "中国工商银行"), ("农行", "Company", "中国农业银行")}),
        ("中国人民银行行长易纲表示。", {("中国人民银行", "Agency", "中国人民银行"), ("易纲", "Official", "易纲")}),
        # ... and so are its branches (a branch is of its body's kind)
        ("中国人民银行青岛市中心支行发布数据。", {("中国人民银行青岛市中心支行", "Agency", "中国人民银行青岛市中心支行"),
                                          ("青岛市", "Place", "青岛市")}),
        # banks in general are no name
        ("商业银行要加大信贷投放。", set()),
        ("各银行要支持小微企业。", set()),
    ],
)
def test_entities_banks_and_their_branches(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a group's brand opens its firm's name before the place (中车 | 青岛…), as written
        ("中车青岛四方机车车辆股份有限公司举行发布会。", {("中车青岛四方机车车辆股份有限公司", "Company", "中车青岛四方机车车辆股份有限公司"),
                                                 ("青岛", "Place", "青岛")}),
        ("华润置地青岛有限公司开发该项目。", {("华润置地青岛有限公司", "Company", "华润置地青岛有限公司"), ("青岛", "Place", "青岛")}),
        ("中建八局青岛分公司承建该项目。", {("中建八局青岛分公司", "Company", "中建八局青岛分公司"), ("青岛", "Place", "青岛")}),
        # a verb or an everyday word before the place is no brand
        ("扎根青岛的海德科技有限公司发展迅速。", {("青岛", "Place", "青岛"), ("海德科技有限公司", "Company", "海德科技有限公司")}),
        ("龙头企业青岛啤酒股份有限公司参加。", {("青岛啤酒股份有限公司", "Company", "青岛啤酒股份有限公司"), ("青岛", "Place", "青岛")}),
    ],
)
def test_entities_a_brand_before_the_place_opens_the_firm(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # what follows a group's name with no proper part of its own continues it (控股股份有限公司)
        ("海信集团控股股份有限公司发布公告。", {("海信集团控股股份有限公司", "Company", "海信集团控股股份有限公司")}),
        # a proper part after the group is a firm of its own; a group with no name before it opens none
        ("海尔集团青岛海尔智能家电有限公司参加。", {("海尔集团", "Company", "海尔集团"),
                                          ("青岛海尔智能家电有限公司", "Company", "青岛海尔智能家电有限公司")}),
        ("集团建设发展有限公司成功举办活动。", {("建设发展有限公司", "Company", "建设发展有限公司")}),
        # 拥有 and 旗下 stand before names (boundaries.txt)
        ("旗下拥有海信视像、海信家电等多家上市公司。", {("海信视像", "Company", "海信视像"), ("海信家电", "Company", "海信家电")}),
        # 工委 is a party working committee, as 党工委 is
        ("青岛西海岸新区工委书记周安出席。", {("青岛西海岸新区工委", "Agency", "青岛西海岸新区工委"),
                                      ("青岛西海岸新区", "Place", "青岛西海岸新区"), ("周安", "Official", "周安")}),
    ],
)
def test_entities_groups_and_their_firms(nlp, text, expected):
    assert found(nlp, text) == expected


def test_entities_a_zone_written_short_and_a_verb_before_project_name_no_work(nlp):
    assert found(nlp, "高新区坚持项目为王。") == {("高新区", "Place", "高新技术产业开发区")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a laboratory is an organisation (实验室 of suffixes.tsv), its stem a place or proper word
        ("先后引进之江实验室、良渚实验室等重大创新平台。", {("之江实验室", "Organization", "之江实验室"),
                                                ("良渚实验室", "Organization", "良渚实验室")}),
        ("加快建设重点实验室。", set()),
        # a zone's or park's body named by it, with no place before (未来科技城 | 管委会)
        ("未来科技城管委会主任张伟表示。", {("未来科技城管委会", "Agency", "未来科技城管委会"), ("张伟", "Official", "张伟")}),
        ("强化管委会职能。", set()),
    ],
)
def test_entities_laboratories_and_the_bodies_of_parks(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # 暨 joins two events' names: the work's name starts after it
        ("科技创新投资说明会暨甲乙U谷数字科技产业园开工仪式举办。", {("甲乙U谷数字科技产业园", "Project", "甲乙U谷数字科技产业园")}),
        # a work verb before a name whose proper part is its second word (万 | 华新)
        ("双方将合作建设万华新材料产业园项目。", {("万华新材料产业园项目", "Project", "万华新材料产业园项目")}),
        # a place's level makes a kind of place (山东 | 省级化工园区); a level inside a facility's name stays
        ("该区是山东省级化工园区。", {("山东省", "Place", "山东省")}),
        ("全国唯一国家级海洋药物中试基地。", {("国家级海洋药物中试基地", "Project", "国家级海洋药物中试基地")}),
    ],
)
def test_entities_where_a_works_name_starts(nlp, text, expected):
    assert found(nlp, text) == expected


def test_entities_a_verb_of_joint_building_ends_a_name(nlp):
    # 共建 (boundaries.txt) stands before what is built: 兰山区政府 | 共建 | 大学科技园 is no project's name
    assert found(nlp, "临沂大学与兰山区政府共建大学科技园。") == {
        ("临沂大学", "Organization", "临沂大学"), ("临沂", "Place", "临沂"), ("兰山区政府", "Agency", "兰山区人民政府"),
        ("兰山区", "Place", "兰山区")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # 同 ends a given name only where it opens a word with the next character (同意), not in 陪同
        ("北京市委书记尹力、市长殷勇陪同考察。", {("北京市委", "Agency", "北京市委"), ("北京市", "Place", "北京市"),
                                        ("尹力", "Official", "尹力"), ("殷勇", "Official", "殷勇")}),
        ("市委书记姜德志在会上讲话。", {("市委", "Agency", "市委"), ("姜德志", "Official", "姜德志")}),
        ("国务院总理李强主持会议。", {("国务院", "Agency", "国务院"), ("李强", "Official", "李强")}),
        # the names a post introduces, the last joined by 和 before another post
        ("副主任孙丽华、赵德民、金成浩和秘书长邵明晖出席。", {("孙丽华", "Official", "孙丽华"), ("赵德民", "Official", "赵德民"),
                                              ("金成浩", "Official", "金成浩"), ("邵明晖", "Official", "邵明晖")}),
        ("会议任命韩秀芝为四平市人民检察院检察员。", {("四平市", "Place", "四平市"), ("韩秀芝", "Official", "韩秀芝"),
                                         ("四平市人民检察院", "Agency", "四平市人民检察院")}),
        # the name after a title is a person's, not an item of a list of works before a verb of works (投产)
        ("市委书记逄建国、市长管永胜为工厂投产揭牌。", {("市委", "Agency", "市委"), ("逄建国", "Official", "逄建国"),
                                           ("管永胜", "Official", "管永胜")}),
        # jieba reads 韩文 (Korean) and leaves 涛 alone before the verb 致辞: the name is all three
        ("区委副书记、区长韩文涛致辞。", {("区委", "Agency", "区委"), ("韩文涛", "Official", "韩文涛")}),
        # jieba knows 王梓 as a name and tags the lone 涵 a verb it seldom counts alone: a given name's character
        ("局长王梓涵汇报工作。", {("王梓涵", "Official", "王梓涵")}),
        # 陪同, a common verb, takes 陪 from the name before it even where 同 opens a word with the next (同调)
        ("副县长王静陪同调研。", {("王静", "Official", "王静")}),
        ("宏耀公司总经理李慧提出用工需求。", {("宏耀公司", "Company", "宏耀公司"), ("李慧", "Official", "李慧")}),
        # …明说: 说 follows names alone, the two no more often together than chance makes likely
        ("上岚村党支部书记周德明说。", {("上岚村党支部", "Agency", "上岚村党支部"), ("周德明", "Official", "周德明")}),
        # jieba's name model reads 王蓓也 as a name: the adverb after a name is no part of it
        ("宏耀公司董事长王蓓也作了发言。", {("宏耀公司", "Company", "宏耀公司"), ("王蓓", "Official", "王蓓")}),
        # jieba's name model reads 周明任 as a name: the verb of taking on the post after it is no part of it; a name
        # ending in 任 keeps it where no post follows
        ("宏耀公司董事长周明任集团总经理。", {("宏耀公司", "Company", "宏耀公司"), ("周明", "Official", "周明")}),
        ("区委书记周明任。", {("区委", "Agency", "区委"), ("周明任", "Official", "周明任")}),
        # 言, a family name of the 百家姓
        ("副县长言晓东到现场督办。", {("言晓东", "Official", "言晓东")}),
        # 和 ends the given name before a stop or a verb (no conjunction stands there); before a name it joins two
        ("区委书记孙国和，区长李明出席。", {("区委", "Agency", "区委"), ("孙国和", "Official", "孙国和"),
                                  ("李明", "Official", "李明")}),
        ("区委书记孙国和表示，要加快推进。", {("区委", "Agency", "区委"), ("孙国和", "Official", "孙国和")}),
        ("局长张三和李四出席。", {("张三", "Official", "张三"), ("李四", "Official", "李四")}),
    ],
)
def test_entities_officials_after_their_posts(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # jieba reads 医院院长 and 中学校长 as one word: the body's name and the post are still found
        ("即墨区人民医院院长张建华参加。", {("即墨区人民医院", "Organization", "即墨区人民医院"), ("即墨区", "Place", "即墨区"),
                                    ("张建华", "Official", "张建华")}),
        ("即墨区第一中学校长刘洪涛参加。", {("即墨区第一中学", "Organization", "即墨区第一中学"), ("即墨区", "Place", "即墨区"),
                                    ("刘洪涛", "Official", "刘洪涛")}),
        # a village's party branch and, in the chain of posts, its villagers' committee
        ("北安街道前东葛村党支部书记、村委会主任孙大海介绍。", {
            ("北安街道", "Place", "北安街道"), ("北安街道前东葛村党支部", "Agency", "北安街道前东葛村党支部"),
            ("村委会", "Agency", "北安街道前东葛村村民委员会"), ("孙大海", "Official", "孙大海")}),
        ("加强村党支部建设。", set()),
        # a community's bodies named by its word alone before posts (kg_coref then names them after the
        # community named before them: tests/test_coref.py)
        ("长江路街道紫金山路社区新建邻里中心。社区党委书记、居委会主任王丽娜介绍。", {
            ("长江路街道", "Place", "长江路街道"), ("紫金山路社区", "Place", "紫金山路社区"),
            ("社区党委", "Agency", "社区党委"), ("居委会", "Agency", "社区居民委员会"), ("王丽娜", "Official", "王丽娜")}),
        ("山东省中小学生校服管理工作交流活动举行。", {("山东省", "Place", "山东省")}),  # 中小学: schools in general
        # a board's chair heads the firm (董事局 is no government's 局)
        ("青岛海尔集团董事局主席周云杰出席。", {("青岛海尔集团", "Company", "青岛海尔集团"), ("周云杰", "Official", "周云杰")}),
        # a school in a list of works being built is a work there (GUIDE §2: typed by what the sentence does)
        ("启动甲苑中学、乙苑中学等8所中小学校建设。", {("甲苑中学", "Project", "甲苑中学"), ("乙苑中学", "Project", "乙苑中学")}),
    ],
)
def test_entities_schools_hospitals_villages_and_boards(nlp, text, expected):
    assert found(nlp, text) == expected


def test_entities_two_bodies_joined_by_and_stay_two(nlp):
    assert [m.name for m in mentions(nlp, "区财政局和区住建局联合开展检查。")] == ["区财政局", "区住房和城乡建设局"]


@pytest.mark.parametrize("text", ["各镇街、功能区统计负责人参加会议。", "走访区内重点企业。", "优化产业布局，拓展发展格局。",
                                  "为筑牢产业根基，该局创新建立机制。", "下拨政府财政资金。", "高标准推进72个老旧小区改造工程。",
                                  "申报16个棚户区改造中央预算内资金项目。", "以各区（市）综合行政执法局名义开展执法工作。",
                                  "重点实施工业强基、要素保障等七大工程。", "引进更多大项目。", "部分友好商会参加。", "讲好新区宜居宜业故事。",
                                  "建设人工智能科技园。", "成为首家获此认证的企业。", "构建一轴四片区发展格局。"])
def test_entities_generic_phrases_are_not_entities(nlp, text):
    assert found(nlp, text) == set()


@pytest.mark.parametrize(
    "text,expected",
    [
        # two bodies; the second, named by a bare scope word, is the first's place's (not the article's city)
        ("莱阳市委市政府锚定目标。", {("莱阳市委", "Agency", "莱阳市委"), ("市政府", "Agency", "莱阳市人民政府"),
                                  ("莱阳市", "Place", "莱阳市")}),
        ("即墨区委、区政府高度重视。", {("即墨区委", "Agency", "即墨区委"), ("区政府", "Agency", "即墨区人民政府"),
                                   ("即墨区", "Place", "即墨区")}),
        ("市委市政府高度重视。", {("市委", "Agency", "市委"), ("市政府", "Agency", "市人民政府")}),
        ("烟台市委组织部召开会议。", {("烟台市委组织部", "Agency", "烟台市委组织部"), ("烟台市", "Place", "烟台市")}),
        ("民盟市委会主委孙立新出席。", {("民盟市委会", "Organization", "中国民主同盟市委员会"), ("孙立新", "Official", "孙立新")}),
        ("龙山街道党工委书记刘刚说。", {("龙山街道", "Place", "龙山街道"), ("龙山街道党工委", "Agency", "龙山街道党工委"),
                                   ("刘刚", "Official", "刘刚")}),  # 党工委 opens the post 党工委书记, and names the body
        ("中建三局党委书记钱江说。", {("中建三局", "Company", "中建三局"), ("钱江", "Official", "钱江")}),  # the firm's 党委
        # a party committee of a body named without a body's suffix, after no place, is a firm's
        ("华东重汽党委书记王志明介绍情况。", {("华东重汽", "Company", "华东重汽"), ("王志明", "Official", "王志明")}),
        ("市直机关党委书记李明出席。", {("市直机关党委", "Agency", "市直机关党委"), ("李明", "Official", "李明")}),
        ("副市长王海波代表市政府签约。", {("王海波", "Official", "王海波"), ("市政府", "Agency", "市人民政府")}),
        ("深入贯彻党中央决策部署。", {("党中央", "Agency", "中国共产党中央委员会")}),
        # 委 opening the post 委员 ends no body's name there (员 is no title; 党委书记 is 党委 and 书记)
        ("区人大常委会委员张明参加调研。", {("区人大常委会", "Agency", "区人民代表大会常务委员会"), ("张明", "Official", "张明")}),
    ],
)
def test_entities_party_and_government_bodies(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a body named bare inside a chain of posts is the chain opener's: the zone's 管委会, the 市委's 统战部
        ("东城高新区党工委书记、管委会主任周立新出席。",
         {("东城高新区党工委", "Agency", "东城高新区党工委"), ("管委会", "Agency", "东城高新区管委会"),
          ("周立新", "Official", "周立新")}),
        ("市委副书记、统战部部长孙丽出席。",
         {("市委", "Agency", "市委"), ("统战部", "Agency", "市委统一战线工作部"), ("孙丽", "Official", "孙丽")}),
        # a government's bureau after a department of the party committee is the division's, not the department's
        ("区委宣传部副部长、文化和旅游局局长周洁表示。",
         {("区委宣传部", "Agency", "区委宣传部"), ("文化和旅游局", "Agency", "区文化和旅游局"), ("周洁", "Official", "周洁")}),
        # a post given with 为 after the name (任命X为…): the appointee is an official
        ("市政府任命张明为市财政局局长。", {("市政府", "Agency", "市人民政府"), ("张明", "Official", "张明"),
                                   ("市财政局", "Agency", "市财政局")}),
        ("他认为市财政局局长应当负责。", {("市财政局", "Agency", "市财政局")}),
        # a post alone is no body
        ("区住建局局长、党组书记王五说。", {("区住建局", "Agency", "区住房和城乡建设局"), ("王五", "Official", "王五")}),
    ],
)
def test_entities_bodies_named_bare_in_a_chain_of_posts(nlp, text, expected):
    assert found(nlp, text) == expected


def test_entities_town_office(nlp):
    assert found(nlp, "记者从成都市武侯区获悉，浆洗街街道办事处参加。") == {
        ("成都市", "Place", "成都市"), ("武侯区", "Place", "武侯区"), ("浆洗街街道", "Place", "浆洗街街道"),
        ("浆洗街街道办事处", "Agency", "浆洗街街道办事处")}


# -- companies, organisations ---------------------------------------------------------------------


def test_entities_company_left_boundary_at_place(nlp):
    text = "总部迁入青岛西海岸新区的新晋独角兽企业山东极视角科技有限公司就是一家人工智能平台型企业。"
    assert found(nlp, text) == {("青岛西海岸新区", "Place", "青岛西海岸新区"), ("山东", "Place", "山东"),
                                ("山东极视角科技有限公司", "Company", "山东极视角科技有限公司")}


@pytest.mark.parametrize("text,expected", [
    # an institution named by its scope word alone, right before its head's title: the page's own hospital
    ("县人民医院院长罗文斌出席。", {("县人民医院", "Organization", "县人民医院"), ("罗文斌", "Official", "罗文斌")}),
    ("区人民医院副院长王强出席。", {("区人民医院", "Organization", "区人民医院"), ("王强", "Official", "王强")}),
    # without a title after it, the scope word and common words name nothing
    ("全县人民医院建设稳步推进。", set()),
])
def test_entities_an_institution_named_by_its_scope_word_before_its_heads_title(nlp, text, expected):
    assert found(nlp, text) == expected


def test_entities_an_autonomous_prefectures_governor_and_this_is_opening_no_name(nlp):
    # 副州长 is a government post (an autonomous prefecture's); 这是 opens no firm's name (这是集团成立以来…)
    assert found(nlp, "州委常委、副州长王明宇出席。", "Official") == {("王明宇", "Official", "王明宇")}
    assert found(nlp, "李建华介绍，这是集团成立以来最大的项目。", "Company") == set()


@pytest.mark.parametrize("descriptor", ["县属国有企业", "区属", "本地民营企业", "龙头企业", "德资企业", "链主企业"])
def test_entities_company_left_boundary_at_what_kind_of_firm_it_is(nlp, descriptor):
    # who owns a firm and what kind it is stand before its name, outside it (boundaries.txt)
    assert found(nlp, f"联合{descriptor}翠峰文旅投资开发有限公司共同出资。", "Company") == {
        ("翠峰文旅投资开发有限公司", "Company", "翠峰文旅投资开发有限公司")}


@pytest.mark.parametrize("text, expected", [
    # an enumerator (二是, 首先) and the verbs after it open no name (boundaries.txt)
    ("二是全盘谋划青石塘柳村改项目，要抓紧推进。", {("青石塘柳村改项目", "Project"), ("青石塘柳村", "Place")}),
    ("首先青山湾产业园项目开工。", {("青山湾产业园项目", "Project"), ("青山湾", "Place")}),
])
def test_entities_an_enumerator_opens_no_name(nlp, text, expected):
    assert typed(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # 驻 joins a body to its office in another place: one name (scope_words.tsv, role resident)
    ("东山省人民政府驻上海办事处主任出席。", {("东山省人民政府驻上海办事处", "Agency"), ("上海", "Place")}),
    ("区住建局驻村工作组组长出席。", {("区住建局驻村工作组", "Agency")}),
])
def test_entities_a_bodys_office_elsewhere_is_one_name(nlp, text, expected):
    assert typed(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title introduces a person, whose name may end like a place (江, 村); a place after no title stays one
    ("区委副书记、区长薛天江出席。", {("区委", "Agency"), ("薛天江", "Official")}),
    ("市委书记谢兆村出席主会场。", {("市委", "Agency"), ("谢兆村", "Official")}),
    ("区委书记到胶州市谢家村调研。", {("区委", "Agency"), ("胶州市", "Place"), ("谢家村", "Place")}),
    # a place named exactly as the article's person is that person (江 ends rivers too)
    ("区长薛天江出席会议。\n薛天江对企业表示欢迎。", {("薛天江", "Official")}),
    # 和 after a title joins two posts (书记和村委会主任): no person 和村委; a name after it is one (区长和晓东)
    ("他担任设计总监和首席执行官。", set()),
    ("区长和晓东出席会议。", {("和晓东", "Official")}),
])
def test_entities_a_person_after_a_title_is_no_place(nlp, text, expected):
    assert typed(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a branch is named after its company, the place between them (suffixes.tsv: part = 1)
    ("中国华能集团山东分公司副总经理出席。", {("中国华能集团山东分公司", "Company")}),
    ("华电集团江苏分公司发布公告。", {("华电集团江苏分公司", "Company")}),
    # not after a word that is no name (上述): the branch is named from its place
    ("上述山南分公司负责人表示。", {("山南分公司", "Company")}),
    # 公司 right after a place right after a company's name: that company's local company
    ("东港投资有限公司山南公司总经理出席。", {("东港投资有限公司山南公司", "Company")}),
    ("东港集团与山南公司签约。", {("东港集团", "Company"), ("山南公司", "Company")}),
])
def test_entities_branch_named_after_its_company(nlp, text, expected):
    assert {(t, ty) for t, ty in typed(nlp, text) if ty == "Company"} == expected


def test_entities_listed_companies_without_suffix(nlp):
    assert found(nlp, "包括卡奥斯、西门子等工业互联网平台相继落地，以京东方领头的产业集群崛起。") == {
        ("卡奥斯", "Company", "卡奥斯"), ("西门子", "Company", "西门子"), ("京东方", "Company", "京东方")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a 、-list with two brands and industry words (kg/data/industry_words.txt) is a list of firms
        ("会上,远华动力、嘉尔股份、豪迈集团、宏信石化负责同志作了发言。",
         {("远华动力", "Company", "远华动力"), ("嘉尔股份", "Company", "嘉尔股份"), ("豪迈集团", "Company", "豪迈集团"),
          ("宏信石化", "Company", "宏信石化")}),
        ("目前引进飞途汽车、星远汽车两家汽车4S店落户。", {("飞途汽车", "Company", "飞途汽车"), ("星远汽车", "Company", "星远汽车")}),
        # 等 and the kind of firm
        ("积极引进瑞能智能、卡维工业等科技创新类企业。", {("瑞能智能", "Company", "瑞能智能"), ("卡维工业", "Company", "卡维工业")}),
        # lists of places, of fields, of people with their posts are no firms
        ("青岛、烟台、潍坊等市参加。", {("青岛", "Place", "青岛"), ("烟台", "Place", "烟台"), ("潍坊", "Place", "潍坊")}),
        ("加强科技、教育、文化、卫生等工作。", set()),
        ("华夏集团常务副总裁王立、东元控股集团总裁李亮等近百位企业嘉宾出席。",
         {("华夏集团", "Company", "华夏集团"), ("东元控股集团", "Company", "东元控股集团"), ("王立", "Official", "王立"),
          ("李亮", "Official", "李亮")}),
    ],
)
def test_entities_firms_in_lists(nlp, text, expected):
    assert found(nlp, text) == expected


def test_entities_media_in_book_title_and_byline(nlp):
    assert found(nlp, "其模式获《人民日报》头版、央视点赞。") == {
        ("人民日报", "Organization", "人民日报"), ("央视", "Organization", "中央电视台")}
    assert found(nlp, "□青岛日报/观海新闻记者 王涛\n") == {
        ("青岛日报", "Organization", "青岛日报"), ("观海新闻", "Organization", "观海新闻"), ("王涛", "Person", "王涛"),
        ("青岛", "Place", "青岛")}


def test_entities_university_other_city(nlp):
    # a university's hospital is the university's, named with it (suffixes.tsv: 医院 is a part)
    assert found(nlp, "四川大学华西医院获评全国文明单位，浙江大学参加。") == {
        ("四川大学华西医院", "Organization", "四川大学华西医院"),
        ("浙江大学", "Organization", "浙江大学"), ("全国文明单位", "Award", "全国文明单位")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # an institute after its academy or university, a place between or not, is one name
        ("中国农业科学院烟草研究所发布成果。", {("中国农业科学院烟草研究所", "Organization", "中国农业科学院烟草研究所")}),
        ("浙江大学温州研究院揭牌。", {("浙江大学温州研究院", "Organization", "浙江大学温州研究院"), ("温州", "Place", "温州")}),
        # a ministry's institute is named after it, and is a public institution, no government body
        ("农业农村部规划设计研究院承办。", {("农业农村部规划设计研究院", "Organization", "农业农村部规划设计研究院")}),
        # academies and research or innovation centres are organisations
        ("中国工程院发布报告。", {("中国工程院", "Organization", "中国工程院")}),
        ("青岛海洋科技创新中心揭牌。", {("青岛海洋科技创新中心", "Organization", "青岛海洋科技创新中心"), ("青岛", "Place", "青岛")}),
        ("烟台市中医医院莱山分院开诊。", {("烟台市中医医院莱山分院", "Organization", "烟台市中医医院莱山分院"),
                                  ("烟台市", "Place", "烟台市"), ("莱山", "Place", "莱山")}),
        ("共建潍坊学院附属峡山实验学校。", {("潍坊学院附属峡山实验学校", "Organization", "潍坊学院附属峡山实验学校"),
                                   ("潍坊", "Place", "潍坊")}),
        # a school is an organisation; a level opening an organisation's name makes a kind of one (here the
        # honour's: 单位 heads honours)
        ("莱州市职业中等专业学校入选省级高水平专业学校建设单位。",
         {("莱州市职业中等专业学校", "Organization", "莱州市职业中等专业学校"), ("莱州市", "Place", "莱州市"),
          ("省级高水平专业学校建设单位", "Award", "省级高水平专业学校建设单位")}),
        ("全市有省级重点中职学校6所。", set()),
        # everyday words jieba tags as places (美丽) or a compound of two everyday words make no name
        ("全市已建成省级美丽乡村示范村12个。", set()),
        # two universities side by side are two names (大学 is no part)
        ("青岛大学青岛科技大学代表参加。", {("青岛大学", "Organization", "青岛大学"), ("青岛", "Place", "青岛"),
                                  ("青岛科技大学", "Organization", "青岛科技大学")}),
        # a firm's numbered unit after the words of its trade; a count before a firm is none of its name
        ("中铁建设第三工程有限公司中标。", {("中铁建设第三工程有限公司", "Company", "中铁建设第三工程有限公司")}),
        ("成为全省第一家上市公司。", set()),
        # a township hospital; a person whose name the report withholds (王某某) is no name
        ("莒南县板泉镇卫生院院长王某某受到处分。", {("莒南县板泉镇卫生院", "Organization", "莒南县板泉镇卫生院"),
                                       ("莒南县", "Place", "莒南县"), ("板泉镇", "Place", "板泉镇")}),
        ("李某某先后多次收受礼金。", set()),
        # a determiner before the tagger's words makes them a kind (各级 | 纪检监察机关)
        ("全市各级纪检监察机关要持续发力。", set()),
        # farmers' cooperatives and their unions; a village's nickname in quotes is no place
        ("甲县农民专业合作社联合社理事长王红梅说。", {("甲县农民专业合作社联合社", "Organization", "甲县农民专业合作社联合社"),
                                          ("王红梅", "Official", "王红梅")}),
        ("徐场村是远近闻名的“民族乐器村”。", {("徐场村", "Place", "徐场村")}),
        # a work named after its firm: the firm's name adds no words to the work's description
        # (the firm becomes a mention of its own where the relations read the name: develops_project)
        ("甲科技集团股份有限公司华北区域总部项目落户。",
         {("甲科技集团股份有限公司华北区域总部项目", "Project", "甲科技集团股份有限公司华北区域总部项目")}),
        # a site's bounds: 东至 and 西至 open no road's name
        ("地块东至嫩江路、西至黄河路。", {("嫩江路", "Place", "嫩江路"), ("黄河路", "Place", "黄河路")}),
        # a canal is a place, as a river is (a ditch of common words is none)
        ("红岭渠全长30公里。", {("红岭渠", "Place", "红岭渠")}),
        ("村里修了一条水渠。", set()),
        # everyday words of policy news jieba lacks are no proper part (老旧, 文旅康养); a place is
        ("推进供热老旧管网改造。", set()),
        ("加快文旅康养产业园建设。", set()),
        ("推进城市更新项目建设，争取中央财政资金。", set()),  # (城市更新: jieba tags it nz)
        # an industry word jieba lacks (冷链) is no proper part; a brand before it makes the name
        ("建成后将成为胶东半岛最大的冷链物流基地。", {("胶东半岛", "Place", "胶东半岛")}),
        ("建设荣庆冷链物流基地。", {("荣庆冷链物流基地", "Project", "荣庆冷链物流基地")}),
        ("后海村老旧小区改造项目开工。", {("后海村老旧小区改造项目", "Project", "后海村老旧小区改造项目")}),
        # a count right after the kind word makes a category (实施…项目5个), as one before it does
        ("全年实施棚户区改造项目5个。", set()),
        # places joined by a dash are each the gazetteer's, no place of their own; the expo they name is an
        # event, a Project as the gold types events (东盟 stands inside its name)
        ("中国—东盟博览会在南宁举办。", {("中国—东盟博览会", "Project", "中国—东盟博览会"), ("南宁", "Place", "南宁")}),
        # a preposition jieba glues to the scope word of a body's name is no part of it
        ("据区卫生健康局副局长孙涛介绍。", {("区卫生健康局", "Agency", "区卫生健康局"), ("孙涛", "Official", "孙涛")}),
        # a new area is a place; what is said of the district's own 新区 (融入新区) is none
        ("滨江新区加快发展，全面融入新区发展格局。", {("滨江新区", "Place", "滨江新区")}),
    ],
)
def test_entities_institutes_schools_firms_new_areas_and_withheld_names(nlp, text, expected):
    assert found(nlp, text) == expected


# -- projects ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("淮涉河二路大修工程竣工通车。", {("淮涉河二路大修工程", "Project", "淮涉河二路大修工程"),
                                      ("淮涉河二路", "Place", "淮涉河二路")}),  # the road inside the project's name
        ("中南樾府口袋公园提前完工。", {("中南樾府口袋公园", "Project", "中南樾府口袋公园")}),
        ("烟台港集团投资的芝罘岛产业园项目开工。", {("烟台港集团", "Company", "烟台港集团"),
                                              ("芝罘岛产业园项目", "Project", "芝罘岛产业园项目"), ("芝罘岛", "Place", "芝罘岛")}),
        ("地铁7号线二期进入掘进阶段。", {("地铁7号线二期", "Project", "地铁7号线二期")}),
        ("15号线一期（即墨段）进入阶段。", {("15号线一期（即墨段）", "Project", "15号线一期（即墨段）"), ("即墨", "Place", "即墨")}),
        ("工作人员介绍了融通·融园装备制造等产业园项目情况。",
         {("融通·融园装备制造等产业园项目", "Project", "融通·融园装备制造产业园")}),
        ("启动胶州湾底绿道建设。", {("胶州湾底绿道", "Project", "胶州湾底绿道"), ("胶州湾", "Place", "胶州湾")}),  # not 胶州市
    ],
)
def test_entities_projects(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a named project's phase stays in its name
        ("橡塑谷二期项目完成土地入储。", {("橡塑谷二期项目", "Project", "橡塑谷二期项目")}),
        # a road, river or village another rule found is kept inside a project's name
        ("完成长安路两侧征收项目方案调整。", {("长安路", "Place", "长安路"), ("长安路两侧征收项目", "Project", "长安路两侧征收项目")}),
        ("推进李村河（张村河）流域综合治理。", {("李村河", "Place", "李村河"), ("张村河", "Place", "张村河"),
                                        ("李村河（张村河）流域综合治理", "Project", "李村河（张村河）流域综合治理")}),
        # a zone carries its city's name
        ("项目位于莱阳经济开发区。", {("莱阳经济开发区", "Place", "莱阳经济开发区")}),
        # a community written before a compound holds it, and tells it from others: two places
        ("走进艾山街道澄波社区锦绣里小区。", {("艾山街道", "Place", "艾山街道"), ("澄波社区", "Place", "澄波社区"),
                                    ("锦绣里小区", "Place", "锦绣里小区")}),
        # a town the divisions data lacks, written before a hill or a bay, holds it: two places; an everyday word
        # ending as a town does (城乡) holds nothing
        ("在澜湾街道翠屏山开展植树活动。", {("澜湾街道", "Place", "澜湾街道"), ("翠屏山", "Place", "翠屏山")}),
        ("在澜湾街道柏树湾开展植树活动。", {("澜湾街道", "Place", "澜湾街道"), ("柏树湾", "Place", "柏树湾")}),
        ("城乡供水一体化工程艾山片区完工。", set()),
        # a village's first character jieba reads with the town's unit before it (镇上, 镇长: no post here)
        ("田横镇上岚村、移风店镇长埠村获评示范村。", {("田横镇", "Place", "田横镇"), ("上岚村", "Place", "上岚村"),
                                        ("移风店镇", "Place", "移风店镇"), ("长埠村", "Place", "长埠村")}),
        # an industrial park (jieba's one word 工业园区) named after its place; without a name it is none
        ("企业落户钢城工业园区。", {("钢城工业园区", "Place", "钢城工业园区")}),
        ("企业落户钢城区工业园。", {("钢城区工业园", "Place", "钢城区工业园")}),
        ("仪式在钢城区工业集中发展区举行。", {("钢城区工业集中发展区", "Place", "钢城区工业集中发展区")}),
        ("企业落户县工业园区。", set()),
        # the surroundings (周边) and a verb that strings places together (串联) open no place's name
        ("项目将辐射周边上岚村、长埠村发展。", {("上岚村", "Place", "上岚村"), ("长埠村", "Place", "长埠村")}),
        ("绿道串联澄波湾艺术小镇。", {("澄波湾艺术小镇", "Place", "澄波湾艺术小镇")}),
    ],
)
def test_entities_phases_inner_places_and_zones(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a zone named by the industry it gathers (four characters or more before 产业) is a name
        ("加快建设生物制药产业集聚区。", {("生物制药产业集聚区", "Project", "生物制药产业集聚区")}),
        ("今年高端精密仪器产业集聚区完成土地出让。",
         {("高端精密仪器产业集聚区", "Project", "高端精密仪器产业集聚区")}),
        # a short word before 产业 is a kind of industry, no name
        ("培育壮大特色产业集聚区。", set()),
        ("全区产业集聚区发展良好。", set()),
    ],
)
def test_entities_zone_named_by_its_industry(nlp, text, expected):
    assert found(nlp, text, "Project") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a ring road carries its city's name, the city reported inside it (for the nesting edge)
        ("车队驶入淄博二环高速。", {("淄博二环高速", "Place", "淄博二环高速"), ("淄博", "Place", "淄博")}),
        ("货车经临沂绕城高速抵达。", {("临沂绕城高速", "Place", "临沂绕城高速"), ("临沂", "Place", "临沂")}),
        # a road with a proper name of its own is in the city, not named by it
        ("车队驶入淄博滨河大道。", {("淄博", "Place", "淄博"), ("滨河大道", "Place", "滨河大道")}),
    ],
)
def test_entities_ring_road_carries_its_citys_name(nlp, text, expected):
    assert found(nlp, text, "Place") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a country's or a city's numbered firm: 第一 belongs to the name after a place
        ("会上，中国第一钢铁集团有限公司等企业受表彰。",
         {("中国第一钢铁集团有限公司", "Company", "中国第一钢铁集团有限公司")}),
        ("潍坊第一纺织有限公司开业。", {("潍坊第一纺织有限公司", "Company", "潍坊第一纺织有限公司")}),
        # a ranking's ordinal opens no name
        ("该企业成为全省第一家上市公司。", set()),
    ],
)
def test_entities_a_places_numbered_firm(nlp, text, expected):
    assert found(nlp, text, "Company") == expected


def test_entities_project_drops_district_before_own_name(nlp):
    assert found(nlp, "一场营商对话会在通济新区融通·融园招商中心展开。") == {
        ("通济新区", "Place", "通济新区"), ("融通·融园招商中心", "Project", "融通·融园招商中心")}


def test_entities_list_item_vouched_by_its_neighbours(nlp):
    assert found(nlp, "加快推进青岛光电产业园、潍柴智慧智造中心、人工智能科技园等项目建设。") == {
        ("青岛光电产业园", "Project", "青岛光电产业园"), ("潍柴智慧智造中心", "Project", "潍柴智慧智造中心"),
        ("人工智能科技园", "Project", "人工智能科技园"), ("青岛", "Place", "青岛")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # items before 等 and a kind word are works named as written, whatever their last word
        ("今年将推进星河产业园一期、蓝湾科创中心、海岳之门等项目开工建设。",
         {("星河产业园一期", "Project", "星河产业园一期"), ("蓝湾科创中心", "Project", "蓝湾科创中心"),
          ("海岳之门", "Project", "海岳之门")}),
        # the kind word after a count and modifiers types the items (小区: places)
        ("上半年，锦绣丽苑等4个老旧小区改造项目全面开工。", {("锦绣丽苑", "Place", "锦绣丽苑")}),
        # two items or more and a count before the kind word
        ("金沙滩文旅城、东岳光伏电站两个重点项目竣工。",
         {("金沙滩文旅城", "Project", "金沙滩文旅城"), ("东岳光伏电站", "Project", "东岳光伏电站")}),
        # two items or more right before what works undergo (an adverb between)
        ("其中，云帆智造园、北岭数据中心提前开工。",
         {("云帆智造园", "Project", "云帆智造园"), ("北岭数据中心", "Project", "北岭数据中心")}),
        # in a list with a proper item, a compound of common words ending in a kind word names one too
        ("启动明德中学、育才小学、滨湖实验幼儿园等5所学校建设。",
         {("明德中学", "Project", "明德中学"), ("育才小学", "Project", "育才小学"),
          ("滨湖实验幼儿园", "Project", "滨湖实验幼儿园")}),
        # where a suffix rule names the same words, its type stands (roads are places)
        ("新建翠屏路、望海大道等6条城市道路。", {("翠屏路", "Place", "翠屏路"), ("望海大道", "Place", "望海大道")}),
        # kinds, not names; a list of firms; an event named by the verb
        ("加快道路、桥梁等基础设施项目建设。", set()),
        ("海尔、海信等企业负责人参加项目推介。", {("海尔", "Company", "海尔"), ("海信", "Company", "海信")}),
        # a contest's events (比赛项目, 赛项) are trades, no works
        ("大赛共设数控车工、焊工、中式烹调师等8个比赛项目。", set()),
        ("海之韵产业园、北岭数据中心开工仪式同日举行。", {("海之韵产业园", "Project", "海之韵产业园")}),
        # a kind word and the word that introduces its items (包括, 有): the list runs to the clause's end
        ("开工的重点项目包括：云帆智造园、滨湖片区现代物流中心、鲸湾海洋科技城等。",
         {("云帆智造园", "Project", "云帆智造园"), ("滨湖片区现代物流中心", "Project", "滨湖片区现代物流中心"),
          ("滨湖片区", "Place", "滨湖片区"), ("鲸湾海洋科技城", "Place", "鲸湾海洋科技城")}),  # (科技城: a suffix's type)
        ("项目包括厂房、仓库和办公楼等。", set()),  # kinds, not names
        ("重点项目有力推动了发展。", set()),  # 有力, no 有
        # a boundary word jieba glued to the name after it still ends the name on the left
        ("据悉，天河广场项目由天河集团投资建设。",
         {("天河广场项目", "Project", "天河广场项目"), ("天河集团", "Company", "天河集团")}),
    ],
)
def test_entities_works_named_in_lists(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a road's section in brackets; the roads inside name the work
        ("启动金桥路(东环路—北岭路)道路工程建设。",
         {("金桥路(东环路—北岭路)道路工程", "Project", "金桥路(东环路—北岭路)道路工程"), ("金桥路", "Place", "金桥路"),
          ("东环路", "Place", "东环路"), ("北岭路", "Place", "北岭路")}),
        ("完成龙山路(G204-滨河路)提升改造。",
         {("龙山路(G204-滨河路)提升改造", "Project", "龙山路(G204-滨河路)提升改造"), ("滨河路", "Place", "滨河路")}),
        # a plot's code and a line's voltage are no count
        ("新建春华单元12地块幼儿园、秋实单元03地块小学等教育项目3个。",
         {("春华单元12地块幼儿园", "Project", "春华单元12地块幼儿园"), ("秋实单元03地块小学", "Project", "秋实单元03地块小学")}),
        ("实施白鹭湾110千伏输变电工程。",
         {("白鹭湾110千伏输变电工程", "Project", "白鹭湾110千伏输变电工程"), ("白鹭湾", "Place", "白鹭湾")}),
        # a size class or an output with its figure belongs to the name; a count of works does not
        ("白鹭湾港区10万吨级散货泊位工程通过验收。",
         {("白鹭湾港区10万吨级散货泊位工程", "Project", "白鹭湾港区10万吨级散货泊位工程"), ("白鹭湾", "Place", "白鹭湾")}),
        ("投资8亿元建设年产3万吨高端铝箔项目。", {("年产3万吨高端铝箔项目", "Project", "年产3万吨高端铝箔项目")}),
        # (what money is for, 用于, opens no name)
        ("安排资金2000万元，用于“翠岭蜜桃”产地冷链仓储中心项目。",
         {("“翠岭蜜桃”产地冷链仓储中心项目", "Project", "“翠岭蜜桃”产地冷链仓储中心项目")}),
        # a programme's year adds no words to a work's name, nor does a name in quotes inside it more than one
        ("二、澄波镇2025年度高标准农田建设项目。",
         {("澄波镇2025年度高标准农田建设项目", "Project", "澄波镇2025年度高标准农田建设项目")}),
        ("1.上岚村“翠岭田园”乡村振兴示范片区项目，实施单位：艾山街道办事处。",
         {("上岚村“翠岭田园”乡村振兴示范片区项目", "Project", "上岚村“翠岭田园”乡村振兴示范片区项目"), ("上岚村", "Place", "上岚村"),
          ("艾山街道办事处", "Agency", "艾山街道办事处"), ("艾山街道", "Place", "艾山街道")}),
        ("全年实施45个老旧小区改造工程。", set()),
        # a place opening a work's name adds no words to its description, unless a verb follows it (a clause)
        ("主会场设在厦门新机场片区综合交通枢纽项目现场。",
         {("厦门新机场片区综合交通枢纽项目", "Project", "厦门新机场片区综合交通枢纽项目"), ("厦门", "Place", "厦门")}),
        ("青岛西海岸新区锚定高质量发展方向大抓项目。", {("青岛西海岸新区", "Place", "青岛西海岸新区")}),
        # a panel line's generation, an ordinal or a decimal figure
        ("建设第6代柔性显示生产线项目。", {("第6代柔性显示生产线项目", "Project", "第6代柔性显示生产线项目")}),
        ("投资建设8.5代液晶面板生产线项目。", {("8.5代液晶面板生产线项目", "Project", "8.5代液晶面板生产线项目")}),
        # what is done to a work, right before its kind word, and a section between two places name it
        ("翠屏路改扩建工程完工。", {("翠屏路改扩建工程", "Project", "翠屏路改扩建工程"), ("翠屏路", "Place", "翠屏路")}),
        ("济南至泰安段改扩建工程开工。",
         {("济南至泰安段改扩建工程", "Project", "济南至泰安段改扩建工程"), ("济南", "Place", "济南"), ("泰安", "Place", "泰安")}),
        ("新建项目集中开工。", set()),
        # a route between two places; a figure tells a work from others, so the verb before it ends the name
        ("规划建设潍坊至烟台高速铁路项目。",
         {("潍坊至烟台高速铁路项目", "Project", "潍坊至烟台高速铁路项目"), ("潍坊", "Place", "潍坊"), ("烟台", "Place", "烟台")}),
        ("甲公司将投资建设300兆瓦风电项目。", {("300兆瓦风电项目", "Project", "300兆瓦风电项目")}),
        # a named work's phase after it
        ("海创智谷产业园一期主体封顶。", {("海创智谷产业园一期", "Project", "海创智谷产业园一期")}),
        # a work named by what is done goes on after 和: no name ends there
        ("推进小清河流域综合治理和开发建设。", {("小清河", "Place", "小清河")}),
    ],
)
def test_entities_works_with_sections_codes_and_phases(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a railway's line code belongs to its name; a metro line's section, with the city before 地铁;
        # a section listed after it is written out from it
        ("甲方将参与杭州地铁5号线南延段和西调段、杭绍甬城际铁路S2线建设。",
         {("杭州地铁5号线南延段", "Project", "杭州地铁5号线南延段"), ("西调段", "Project", "杭州地铁5号线西调段"),
          ("杭绍甬城际铁路S2线", "Project", "杭绍甬城际铁路S2线"), ("杭州", "Place", "杭州")}),
        ("宁波轨道交通4号线北延伸段开通。",
         {("宁波轨道交通4号线北延伸段", "Project", "宁波轨道交通4号线北延伸段"), ("宁波", "Place", "宁波")}),
        # a further line of the same railway or metro, listed after the first, is written out from it
        ("推进杭绍甬城际铁路S2线和S3线建设。",
         {("杭绍甬城际铁路S2线", "Project", "杭绍甬城际铁路S2线"), ("S3线", "Project", "杭绍甬城际铁路S3线")}),
        ("杭州地铁5号线南延段和3号线北段开工。",
         {("杭州地铁5号线南延段", "Project", "杭州地铁5号线南延段"), ("3号线北段", "Project", "杭州地铁3号线北段"),
          ("杭州", "Place", "杭州")}),
        ("地铁7号线二期、8号线一期开工。",
         {("地铁7号线二期", "Project", "地铁7号线二期"), ("8号线一期", "Project", "地铁8号线一期")}),
        # a line with no section or phase is the line, not a work on it
        ("地铁3号线全线贯通。", set()),
    ],
)
def test_entities_lines_with_codes_and_sections(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # what is done to a work (建设, 投资建设), right before its proper part, opens no name
        ("海尔集团投资5亿元建设白鹭湾智能工厂项目。",  # (the bay it is named after, a place, no 建设白鹭湾)
         {("海尔集团", "Company", "海尔集团"), ("白鹭湾智能工厂项目", "Project", "白鹭湾智能工厂项目"), ("白鹭湾", "Place", "白鹭湾")}),
        ("区住建局投资5亿元建设即墨古城改造项目。",  # the place the work is done on is kept inside its name
         {("区住建局", "Agency", "区住房和城乡建设局"), ("即墨", "Place", "即墨"), ("即墨古城", "Place", "即墨古城"),
          ("即墨古城改造项目", "Project", "即墨古城改造项目")}),
        # but it stays inside a name whose next word is common (生态文明建设示范区), and in bodies' names
        ("推进华夏生态文明建设示范区项目。", {("华夏生态文明建设示范区项目", "Project", "华夏生态文明建设示范区项目")}),
        ("市城乡建设局召开会议。", {("市城乡建设局", "Agency", "市城乡建设局")}),
    ],
)
def test_entities_work_verbs_before_a_name(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # places before 等 and a kind of works: one work, named from the town that holds the first village
        ("西安市雁塔区丈八沟街道木塔寨村、南窑头村等城中村改造项目开工。",
         {("丈八沟街道木塔寨村、南窑头村等城中村改造项目", "Project", "丈八沟街道木塔寨村、南窑头村等城中村改造项目"),
          ("西安市", "Place", "西安市"), ("雁塔区", "Place", "雁塔区"), ("丈八沟街道", "Place", "丈八沟街道"),
          ("木塔寨村", "Place", "木塔寨村"), ("南窑头村", "Place", "南窑头村")}),
        # towns as the items: the name opens at the first town
        ("莱西市水集街道、望城街道等棚户区改造工程年内完工。",
         {("水集街道、望城街道等棚户区改造工程", "Project", "水集街道、望城街道等棚户区改造工程"),
          ("莱西市", "Place", "莱西市"), ("水集街道", "Place", "水集街道"), ("望城街道", "Place", "望城街道")}),
        # a count after 等: several works, none named; no kind of works before 项目; places of a list of places
        ("胶州市胶东街道大麻湾村、小麻湾村、后屯村等3个棚户区改造项目开工。",
         {("胶州市", "Place", "胶州市"), ("胶东街道", "Place", "胶东街道"), ("大麻湾村", "Place", "大麻湾村"),
          ("小麻湾村", "Place", "小麻湾村"), ("后屯村", "Place", "后屯村")}),
        ("将推进大麻湾村、小麻湾村等改造项目。", {("大麻湾村", "Place", "大麻湾村"), ("小麻湾村", "Place", "小麻湾村")}),
        ("大麻湾村、小麻湾村等村庄完成改造。", {("大麻湾村", "Place", "大麻湾村"), ("小麻湾村", "Place", "小麻湾村")}),
    ],
)
def test_entities_work_named_by_a_list_of_places(nlp, text, expected):
    assert found(nlp, text) == expected


def test_entities_back_reference_to_a_place(nlp):
    assert found(nlp, "台东步行街将继续组织亮化提升，并与步行街整体景观提升工程一并实施。") == {
        ("台东步行街", "Place", "台东步行街"), ("步行街整体景观提升工程", "Project", "台东步行街整体景观提升工程")}


# -- places -----------------------------------------------------------------------------------------


def test_entities_places_nest_not_merge(nlp):
    got = [(m.text, m.type, m.name) for m in mentions(nlp, "该项目位于通济新区前枣杭村、城马路西侧。")]
    assert got == [("通济新区", "Place", "通济新区"), ("前枣杭村", "Place", "前枣杭村"), ("城马路", "Place", "城马路")]


def test_entities_caption_park(nlp):
    assert found(nlp, "大赛一等奖\n岘山公园。") == {("岘山公园", "Place", "岘山公园")}


def test_entities_place_short_names_and_word_boundaries(nlp):
    got = [m.text for m in mentions(nlp, "以市南、市北、李沧、崂山组成的东部区域。城市南部地区。")]
    assert got == ["市南", "市北", "李沧", "崂山"]


def test_entities_place_inside_other_name_reported(nlp):
    assert [(m.text, m.type) for m in mentions(nlp, "青岛市城市管理局召开会议。")] == [
        ("青岛市城市管理局", "Agency"), ("青岛市", "Place")]


def test_entities_river_and_park_other_city(nlp):
    text = "昨日，杭州市西湖区委书记张三在西溪湿地公园调研。钱塘江沿线5个重点项目集中开工。"
    assert found(nlp, text) == {
        ("杭州市西湖区委", "Agency", "杭州市西湖区委"), ("杭州市", "Place", "杭州市"), ("西湖区", "Place", "西湖区"),
        ("张三", "Official", "张三"), ("西溪湿地公园", "Place", "西溪湿地公园"), ("钱塘江", "Place", "钱塘江")}


def test_entities_name_followed_by_postposition(nlp):
    assert found(nlp, "截至2022年底，唐岛湾金融科创区内共有金融机构121个。") == {
        ("唐岛湾金融科创区", "Place", "唐岛湾金融科创区")}


def test_entities_river_in_brackets(nlp):
    assert found(nlp, "李村河（张村河）水质改善。") == {("李村河", "Place", "李村河"), ("张村河", "Place", "张村河")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # countries (kg/data/countries.tsv, CLDR) and regions (regions.tsv)
        ("代表团访问了日本和阿拉伯联合酋长国。", {("日本", "Place", "日本"), ("阿拉伯联合酋长国", "Place", "阿拉伯联合酋长国")}),
        ("紧盯京津冀、长三角等重点区域。", {("京津冀", "Place", "京津冀"), ("长三角", "Place", "长三角")}),
        # the world's regions (countries.tsv: CLDR's UN M49 names)
        ("企业在非洲和东南亚设厂。", {("非洲", "Place", "非洲"), ("东南亚", "Place", "东南亚")}),
        ("欧洲青岛商会揭牌。", {("欧洲", "Place", "欧洲"), ("青岛", "Place", "青岛"),
                            ("欧洲青岛商会", "Organization", "欧洲青岛商会")}),
        # two countries joined by a dash open the name: not cut at the second one
        ("德国—法国友好协会成立。", {("德国", "Place", "德国"), ("法国", "Place", "法国"),
                                ("德国—法国友好协会", "Organization", "德国—法国友好协会")}),
        # a country before a city inside a name, two places joined by a dash
        ("新西兰青岛商会成立。", {("新西兰", "Place", "新西兰"), ("青岛", "Place", "青岛"),
                              ("新西兰青岛商会", "Organization", "新西兰青岛商会")}),
        ("巴西-中国经贸促进会成立。", {("巴西", "Place", "巴西"), ("巴西-中国经贸促进会", "Organization", "巴西-中国经贸促进会")}),
        # a bearing after the town opens the village's name (官庄村 is another town's); the village's body is named
        # from the village, not its town
        ("艾山街道北官庄村党支部书记刘海燕介绍。", {
            ("艾山街道", "Place", "艾山街道"), ("北官庄村", "Place", "北官庄村"),
            ("北官庄村党支部", "Agency", "北官庄村党支部"), ("刘海燕", "Official", "刘海燕")}),
        # a work named after the towns it serves, listed; a list of works each named after its own town stays two
        ("资金用于艾山街道、里辛街道供水管网改造工程。", {
            ("艾山街道", "Place", "艾山街道"), ("里辛街道", "Place", "里辛街道"),
            ("艾山街道、里辛街道供水管网改造工程", "Project", "艾山街道、里辛街道供水管网改造工程")}),
        # a factory's nickname in quotes, nothing proper in it, is no work (工厂 needs a place or an unknown word)
        ("这里有全球最大的“海上钻井工厂”。", set()),
        # a breeding farm, an elders' canteen: works built
        ("钢城区翠峰千头奶牛养殖示范场建成投用。", {("钢城区", "Place", "钢城区"),
                                         ("翠峰千头奶牛养殖示范场", "Project", "翠峰千头奶牛养殖示范场")}),
        ("艾山街道建设了西岭社区长者食堂。", {("艾山街道", "Place", "艾山街道"), ("西岭社区", "Place", "西岭社区"),
                                       ("西岭社区长者食堂", "Project", "西岭社区长者食堂")}),
        ("村里的养殖场很多。", set()),
        # what a work does, two things joined by 及, after a building cue
        ("甲乙食品有限公司在钢城区建设的生猪屠宰及冷鲜肉加工项目完成主体工程。", {
            ("甲乙食品有限公司", "Company", "甲乙食品有限公司"), ("钢城区", "Place", "钢城区"),
            ("生猪屠宰及冷鲜肉加工项目", "Project", "生猪屠宰及冷鲜肉加工项目")}),
        # a factory being built is a work (工厂: a kind word, as 智能工厂 is)
        ("钢城区翠峰茶业有限公司投资建设的钢城翠峰茶叶工厂正式投产。", {
            ("钢城区翠峰茶业有限公司", "Company", "钢城区翠峰茶业有限公司"), ("钢城区", "Place", "钢城区"),
            ("钢城翠峰茶叶工厂", "Project", "钢城翠峰茶叶工厂"), ("钢城", "Place", "钢城")}),
        # foundations, as associations are
        ("德州山泉公益基金会向学校捐赠图书。", {("德州", "Place", "德州"),
                                          ("德州山泉公益基金会", "Organization", "德州山泉公益基金会")}),
        ("县慈善基金会送去慰问品。", {("县慈善基金会", "Organization", "县慈善基金会")}),
        # a place or kind word in brackets inside a name
        ("华兴(集团)有限公司承建。", {("华兴(集团)有限公司", "Company", "华兴(集团)有限公司")}),
        ("智造新城(青岛)示范基地项目开工。", {("智造新城(青岛)示范基地项目", "Project", "智造新城(青岛)示范基地项目"),
                                        ("青岛", "Place", "青岛")}),
        # zones, roads
        ("与丰泽工业区相邻。", {("丰泽工业区", "Place", "丰泽工业区")}),
        ("改造祥和路等3条道路。", {("祥和路", "Place", "祥和路")}),  # the verb before it is no part of the road
        # works named by what is done (改造, 综合整治): only with a strong proper-name signal
        ("推进莱阳东风三路提升改造。", {("莱阳", "Place", "莱阳"), ("莱阳东风三路提升改造", "Project", "莱阳东风三路提升改造")}),
        ("完成老旧小区改造。", set()),
        ("今年区城市基础设施更新改造总投资。", set()),
    ],
)
def test_entities_world_places_zones_and_works(nlp, text, expected):
    assert found(nlp, text) == expected


# -- officials -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        # names run together, cut where the names the article writes apart fit (a gap between two is a name too)
        ("陈立新周海波吴建国出席开幕式。市委书记陈立新，市长周海波，副市长吴建国参加。",
         {("陈立新", "Person", "陈立新"), ("周海波", "Person", "周海波"), ("吴建国", "Person", "吴建国"),
          ("市委", "Agency", "市委"), ("陈立新", "Official", "陈立新"), ("周海波", "Official", "周海波"),
          ("吴建国", "Official", "吴建国")}),
        ("陈立新周海波吴建国出席开幕式。市委书记陈立新，副市长吴建国参加。",
         {("陈立新", "Person", "陈立新"), ("周海波", "Person", "周海波"), ("吴建国", "Person", "吴建国"),
          ("市委", "Agency", "市委"), ("陈立新", "Official", "陈立新"), ("吴建国", "Official", "吴建国")}),
        # names the article writes nowhere else are not cut by guess
        ("周海波吴建国出席。", set()),
    ],
)
def test_entities_names_run_together(nlp, text, expected):
    assert found(nlp, text) == expected


def test_entities_official_multi_post(nlp):
    text = "市城市管理局党组书记、局长，市拆违治乱办公室主任孙震；市综合行政执法支队党委书记、支队长，市拆违治乱办公室副主任王博峰在会上介绍。"
    assert [(m.name, m.role) for m in mentions(nlp, text) if m.type == "Official"] == [
        ("孙震", "市城市管理局党组书记、局长，市拆违治乱办公室主任"),
        ("王博峰", "市综合行政执法支队党委书记、支队长，市拆违治乱办公室副主任"),
    ]
    assert found(nlp, text, "Agency") == {("市城市管理局", "Agency", "市城市管理局"),
                                          ("市拆违治乱办公室", "Agency", "市拆违治乱办公室"),
                                          ("市综合行政执法支队", "Agency", "市综合行政执法支队")}


@pytest.mark.parametrize(
    "text,official",
    [
        ("区住房和城乡建设局党组书记、局长薛少华说。", ("薛少华", "区住房和城乡建设局党组书记、局长")),
        ("北阁网格工作组组长孙志仁说，只有攻坚。", ("孙志仁", "北阁网格工作组组长")),
        ("区住建局局长陈立新介绍。", ("陈立新", "区住建局局长")),
    ],
)
def test_entities_official_title_then_name_then_verb(nlp, text, official):
    assert [(m.name, m.role) for m in mentions(nlp, text) if m.type == "Official"] == [official]


@pytest.mark.parametrize(
    "text,expected",
    [
        # 强, 主 … end a name only where they open a word (强调), not in 刘国强等, 周志强主持
        ("集团党委副书记、总经理刘国强等出席。", {("刘国强", "Official", "刘国强")}),
        ("副主任周志强主持会议。", {("周志强", "Official", "周志强")}),
        ("局长张三强调,要加强。", {("张三", "Official", "张三")}),
        # a title right after a body's abbreviation inside one jieba word (政协主席)
        ("县政协主席孙立新出席。", {("县政协", "Agency", "县政治协商会议"), ("孙立新", "Official", "孙立新")}),
        # acting and company posts
        ("代市长李文明作政府工作报告。", {("李文明", "Official", "李文明")}),
        ("财务总监钱有才出席。", {("钱有才", "Official", "钱有才")}),
        # the person a title introduces opens no body's name (携集团, 作政府工作报告)
        ("董事长赵明远携集团团队出席。", {("赵明远", "Official", "赵明远")}),
        # the name before the title, where jieba knows the name
        ("认真学习毛泽东主席的著作。", {("毛泽东", "Official", "毛泽东")}),
    ],
)
def test_entities_officials_names_and_titles(nlp, text, expected):
    assert found(nlp, text) == expected


def test_entities_title_without_name(nlp):
    assert found(nlp, "市城市管理局长牵头对问题开展整治。") == {("市城市管理局", "Agency", "市城市管理局")}


# -- bylines -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,people",
    [
        ("……确保数出有据。（史晓萌）\n", ["史晓萌"]),
        ("对工作给予充分肯定。 (陈一豪 张燕)\n", ["陈一豪", "张燕"]),
        ("（本报记者 张静 整理）\n", ["张静"]),
        ("责编 王杰 刘宗伟 美编 李晓萌\n", ["王杰", "刘宗伟", "李晓萌"]),
        ("智能工厂一片繁忙。\n梁孝鹏 摄\n", ["梁孝鹏"]),
        ("（记者 刘洋 通讯员 赵晓丽）\n", ["刘洋", "赵晓丽"]),
    ],
)
def test_entities_bylines(nlp, text, people):
    got = mentions(nlp, text)
    assert [m.name for m in got] == people
    assert {(m.type, m.kind) for m in got} == {("Person", "byline")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # credit lines whose spaces the layout repair removed: the credit word runs into the names
        ("东方网记者王小明报道近日", {("东方网", "Organization", "东方网"), ("王小明", "Person", "王小明")}),
        ("2024-05-0110:20华东报业·海滨网海滨全媒体记者李晓东通讯员赵丽丽本市推进老旧小区改造",
         {("华东报业", "Organization", "华东报业"), ("海滨网", "Organization", "海滨网"), ("李晓东", "Person", "李晓东"),
          ("赵丽丽", "Person", "赵丽丽")}),
        ("江南日报讯 (记者周大伟、吴小红、通讯员郑强)5月1日,会议召开。",
         {("江南日报", "Organization", "江南日报"), ("周大伟", "Person", "周大伟"), ("吴小红", "Person", "吴小红"),
          ("郑强", "Person", "郑强")}),
        ("本报讯(JDG全媒体记者顾小北)5月3日上午", {("顾小北", "Person", "顾小北")}),
        ("江东融媒记者孔令辉来源:江东新闻网", {("江东融媒", "Organization", "江东融媒"), ("孔令辉", "Person", "孔令辉"),
                                       ("江东新闻网", "Organization", "江东新闻网")}),
        # a dateline, its reporter in brackets
        ("新华网南京5月2日电 (孙立平)2日上午,会议召开。",
         {("新华网", "Organization", "新华网"), ("南京", "Place", "南京"), ("孙立平", "Person", "孙立平")}),
        # 据 before the outlet of a dateline opens no name; a headline run into 本报讯 names no outlet
        ("据华东社济南5月10日电", {("华东社", "Organization", "华东社"), ("济南", "Place", "济南")}),
        ("全力推进乡村振兴本报讯5月3日", set()),
        # labelled credits: an outlet, or people (two names run together)
        ("(作者:华建五局陈大明林小华)", {("华建五局", "Company", "华建五局"), ("陈大明", "Person", "陈大明"),
                                     ("林小华", "Person", "林小华")}),  # a numbered 局 is a state firm's
        ("(编辑:许文静)", {("许文静", "Person", "许文静")}),
        ("发布时间:2024年05月02日来源:东方网-上海频道", {("东方网", "Organization", "东方网"), ("上海", "Place", "上海")}),
        ("编辑:滨海新闻网发布时间:2024年", {("滨海新闻网", "Organization", "滨海新闻网")}),
        # a source line's names parted by spaces, a two-character one spaced out to the width of three; 摄 after
        # a spaced surname is the credit, no name
        ("标题\n来源：江东日报 记者 孙雅琪 童 磊 通讯员 俞 东\n会议召开。",
         {("江东日报", "Organization", "江东日报"), ("孙雅琪", "Person", "孙雅琪"), ("童 磊", "Person", "童磊"),
          ("俞 东", "Person", "俞东")}),
        ("标题\n来源：江东日报 记者 王 摄\n会议召开。", {("江东日报", "Organization", "江东日报")}),
        # a photo credit after a caption
        ("会议现场。吴海涛摄", {("吴海涛", "Person", "吴海涛")}),
        # 记者 in a sentence credits nobody
        ("记者从会上获悉,今年以来。", set()),
        ("他接受记者张三采访。", set()),
    ],
)
def test_entities_credits_run_into_the_text(nlp, text, expected):
    assert found(nlp, text) == expected


def test_entities_parenthesis_inside_sentence_is_no_byline(nlp):
    assert found(nlp, "网谈时间：2月28日（周二）\n") == set()


def test_entities_news_lead_byline_other_city(nlp):
    text = "本报讯（记者 周明 通讯员 郭晓燕）3月15日，苏州市吴中区召开会议。区住建局局长陈立新介绍。"
    assert [(m.name, m.type, m.role) for m in mentions(nlp, text)] == [
        ("周明", "Person", "记者"), ("郭晓燕", "Person", "通讯员"), ("苏州市", "Place", None), ("吴中区", "Place", None),
        ("区住房和城乡建设局", "Agency", None), ("陈立新", "Official", "区住建局局长")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a credit word run into the dateline before it: the dateline's outlet, the reporter after 记者
        ("新华社开罗4月28日电记者朱梦魁报道：会议开幕。",
         {("新华社", "Organization", "新华社"), ("朱梦魁", "Person", "朱梦魁")}),
        ("本报讯记者张伟近日从区住建局获悉。",
         {("张伟", "Person", "张伟"), ("区住建局", "Agency", "区住房和城乡建设局")}),
        # a dateline and 据 are no part of the outlet's name
        ("据新华社电记者王明报道", {("新华社", "Organization", "新华社"), ("王明", "Person", "王明")}),
        ("他接受记者采访时说。", set()),  # a bare 记者 in a sentence credits no one
        # the city the reporter wrote from and 报道 are no part of the credit line's names
        ("大众网记者 王娜 济南报道", {("大众网", "Organization", "大众网"), ("王娜", "Person", "王娜"),
                                  ("济南", "Place", "济南")}),
        ("大众网记者王娜济南报道", {("大众网", "Organization", "大众网"), ("王娜", "Person", "王娜"),
                                ("济南", "Place", "济南")}),
        # after a post, a preposition's character opens a name where jieba reads the rest as a proper noun
        ("市长于海田出席。", {("于海田", "Official", "于海田")}),
        ("局长于12月1日出席会议。", set()),
        # after a post, an adverb's character (尤) opens a name when a given name jieba holds as a rare word follows;
        # not when a common word does (曾 | 多次), nor a verb of one character (都 | 到)
        ("副县长尤海波出席会议。", {("尤海波", "Official", "尤海波")}),
        ("书记曾多次到村调研，主任常到基层走访。", set()),
        # a ministry's department (司) and its head (司长); a ministry's name holding 和 runs on
        ("财政部经济建设司司长李忠表示。", {("财政部经济建设司", "Agency", "财政部经济建设司"), ("李忠", "Official", "李忠")}),
        ("住房和城乡建设部城市建设司副司长张明出席。",
         {("住房和城乡建设部城市建设司", "Agency", "住房和城乡建设部城市建设司"), ("张明", "Official", "张明")}),
        # kinds of works, not names: 城镇 is an everyday word jieba tags as a place
        ("资金将重点支持地下管网改造、城镇老旧小区改造等项目。", set()),
        # an honour with a word in quotes inside it (专精特新“小巨人”企业)
        ("青岛征和工业股份有限公司入选国家级专精特新“小巨人”企业。",
         {("青岛征和工业股份有限公司", "Company", "青岛征和工业股份有限公司"), ("青岛", "Place", "青岛"),
          ("国家级专精特新“小巨人”企业", "Award", "国家级专精特新“小巨人”企业")}),
        # a district written before the city a firm is named after is where the firm is (城阳区 | 青岛…);
        # a group's firm named after it (…集团物业管理有限公司) is one name
        ("城阳区青岛海泰新光科技股份有限公司入选。",
         {("城阳区", "Place", "城阳区"), ("青岛海泰新光科技股份有限公司", "Company", "青岛海泰新光科技股份有限公司"),
          ("青岛", "Place", "青岛")}),
        ("街道与青岛城市建设集团物业管理有限公司签约。",
         {("青岛城市建设集团物业管理有限公司", "Company", "青岛城市建设集团物业管理有限公司"), ("青岛", "Place", "青岛")}),
        # a group's company in a province, named after the group (国家电投集团 | 山东 | 能源发展有限公司)
        ("国家电投集团山东能源发展有限公司投资建设。",
         {("国家电投集团山东能源发展有限公司", "Company", "国家电投集团山东能源发展有限公司"), ("山东", "Place", "山东")}),
        # a centre is a body right before a post title (区政务服务中心 | 副主任), no name elsewhere (会展中心)
        ("区政务服务中心副主任李明介绍。", {("区政务服务中心", "Agency", "区政务服务中心"), ("李明", "Official", "李明")}),
        ("淄博市营商环境建设中心主任王磊表示。", {("淄博市营商环境建设中心", "Agency", "淄博市营商环境建设中心"),
                                           ("淄博市", "Place", "淄博市"), ("王磊", "Official", "王磊")}),
        ("活动中心主任张三说。", {("张三", "Official", "张三")}),
        # a county's short name whose last character opens a common word with the next is no place (惠 | 民生)
        ("我们要抓项目、优环境、惠民生。", set()),
        # a town written with its unit, one the divisions data lacks, opens its government's name; 城镇 is no town,
        # and no name opens inside the word (towns' governments in general)
        ("翠垟镇人民政府", {("翠垟镇人民政府", "Agency", "翠垟镇人民政府")}),
        ("强化城镇人民政府职能。", set()),
        # a village written after its town, where jieba reads the town whole and the town's unit and the village's
        # first character make a word (芦川镇 | 南港村: 镇南): two places
        ("串联颜庄镇南岭村等6个村。", {("颜庄镇", "Place", "颜庄镇"), ("南岭村", "Place", "南岭村")}),
        # a street office named after a road (翠岭 | 路 | 街道, as jieba cuts it) holds the place written after it
        ("翠岭路街道枫溪公园开园。", {("翠岭路街道", "Place", "翠岭路街道"), ("枫溪公园", "Place", "枫溪公园")}),
        # no work's name starts inside an idiom jieba reads (全力以赴 | 抓项目)
        ("全区上下全力以赴抓项目、强产业。", set()),
        # a section of a bureau, or a centre, that is a line of its own (a list's item) is a body; a generic one is none
        ("一、先进集体（2个）\n钢城区财政局预算股\n区民政局婚姻登记服务中心\n活动中心\n",
         {("钢城区财政局预算股", "Agency", "钢城区财政局预算股"), ("钢城区", "Place", "钢城区"),
          ("区民政局婚姻登记服务中心", "Agency", "区民政局婚姻登记服务中心")}),
        # a bureau's department written right after a department's name (农业农村局 | 乡村产业发展处), before a
        # civil-service rank (一级主任科员) or alone on a line, is named after the bureau
        ("钢城区农业农村局乡村产业发展处一级主任科员王晓梅说。",
         {("钢城区农业农村局乡村产业发展处", "Agency", "钢城区农业农村局乡村产业发展处"), ("钢城区", "Place", "钢城区"),
          ("王晓梅", "Official", "王晓梅")}),
        # (a working group is no bureau's section: named on its own after the headquarters, as GUIDE §4's partOf)
        ("钢城区颜庄片区改造指挥部上岚网格工作组副组长王晓梅表示。",
         {("钢城区颜庄片区改造指挥部", "Agency", "钢城区颜庄片区改造指挥部"), ("钢城区", "Place", "钢城区"),
          ("上岚网格工作组", "Agency", "上岚网格工作组"), ("王晓梅", "Official", "王晓梅")}),
        ("一、先进集体（2个）\n钢城区农业农村局乡村产业发展处\n钢城区财政局预算股\n",
         {("钢城区农业农村局乡村产业发展处", "Agency", "钢城区农业农村局乡村产业发展处"), ("钢城区", "Place", "钢城区"),
          ("钢城区财政局预算股", "Agency", "钢城区财政局预算股")}),
        # an ordinal after a brand jieba does not know is the firm's (中交 | 第一 | 航务工程局)
        ("由中交第一航务工程局有限公司承建。", {("中交第一航务工程局有限公司", "Company", "中交第一航务工程局有限公司")}),
        # a district written short before a zone word is a word of the work's name (岚山 | 港区…)
        ("支持岚山港区疏港铁路改造工程建设。",
         {("岚山港区疏港铁路改造工程", "Project", "岚山港区疏港铁路改造工程"), ("岚山", "Place", "岚山")}),
        # the agent's 由 jieba glued to a brand (由融 | 创) is no part of the name; an industry district is a place
        ("由融创文化集团投资建设。", {("融创文化集团", "Company", "融创文化集团")}),
        ("灵山湾影视文化产业区成功入选。", {("灵山湾影视文化产业区", "Place", "灵山湾影视文化产业区")}),
        # 选址 (a site chosen) and 辖区 (the area's) open no name
        ("项目选址寒亭经济开发区。", {("寒亭经济开发区", "Place", "寒亭经济开发区")}),
        ("对辖区华山花园、东山小区等12个老旧小区实施改造。",
         {("华山花园", "Place", "华山花园"), ("东山小区", "Place", "东山小区")}),
        # a power station is a work (电站); 蓄能 of 抽水蓄能 is an everyday word, no proper part the verb 抽水 would end;
        # 五华 right after its city 梅州 is the county 五华县
        ("建设梅州五华抽水蓄能电站和东岳光伏电站。",
         {("梅州五华抽水蓄能电站", "Project", "梅州五华抽水蓄能电站"), ("梅州", "Place", "梅州"), ("五华", "Place", "五华"),
          ("东岳光伏电站", "Project", "东岳光伏电站")}),
        ("建设光伏电站。", set()),
        # a route named by its ends, towns written short that jieba does not know (团旺, 穴坊)
        ("莱阳市团旺至穴坊公路改建工程实现合龙。", {("莱阳市", "Place", "莱阳市"),
                                           ("团旺至穴坊公路改建工程", "Project", "团旺至穴坊公路改建工程")}),
        # a stream's name at the route's first end, its kind character glued by jieba to 至 (翠岭 | 溪至 | 澄波坪)
        ("由县交通运输局实施的翠岭溪至澄波坪公路提质改造工程开工。", {
            ("县交通运输局", "Agency", "县交通运输局"), ("翠岭溪", "Place", "翠岭溪"),
            ("翠岭溪至澄波坪公路提质改造工程", "Project", "翠岭溪至澄波坪公路提质改造工程")}),
        # and towns written by their stems, words jieba knows, that with 镇 are towns of the divisions data
        ("弥勒市虹溪至竹园公路改建工程开工仪式在虹溪镇举行。", {
            ("弥勒市", "Place", "弥勒市"), ("虹溪至竹园公路改建工程", "Project", "虹溪至竹园公路改建工程"),
            ("虹溪镇", "Place", "虹溪镇")}),
        # a town's stem jieba glued 至 to (起凤至 | 萌水): still the route's first end
        ("起凤至萌水旅游公路改扩建工程开工。", {("起凤至萌水旅游公路改扩建工程", "Project", "起凤至萌水旅游公路改扩建工程")}),
        # or glued 至 to the town after it (至 | 岚集 read 至岚集): both ends still name the route
        ("颜庄至岚集快速通道全长20公里。", {("颜庄至岚集快速通道", "Project", "颜庄至岚集快速通道")}),
        # a yearly output with a magnitude (30万套) is one size, no count; the firm's brand right before the work
        # opens its name (the firm named in full after it)
        ("年产30万套新能源汽车减速器项目开工。", {("年产30万套新能源汽车减速器项目", "Project", "年产30万套新能源汽车减速器项目")}),
        ("鑫泰传动年产30万套新能源汽车减速器项目由山东鑫泰传动科技有限公司投资18亿元建设。",
         {("鑫泰传动年产30万套新能源汽车减速器项目", "Project", "鑫泰传动年产30万套新能源汽车减速器项目"),
          ("山东鑫泰传动科技有限公司", "Company", "山东鑫泰传动科技有限公司"), ("山东", "Place", "山东")}),
        # a class of works (…类项目) is no work, its place and rank words notwithstanding
        ("该项目是今年山东省重大实施类项目。", {("山东省", "Place", "山东省")}),
        # a zone's name may hold a place in brackets after the national prefix
        ("中国（山东）自由贸易试验区发布通告。", {("中国（山东）自由贸易试验区", "Place", "中国（山东）自由贸易试验区")}),
        # honours in quotes one after another (荣获“甲”“乙”等称号) or after 、
        ("海云街道先后荣获“全国示范性老年友好型社区”“山东省文明街道”等称号。",
         {("海云街道", "Place", "海云街道"), ("全国示范性老年友好型社区", "Award", "全国示范性老年友好型社区"),
          ("山东省文明街道", "Award", "山东省文明街道"), ("山东省", "Place", "山东省")}),
        # (…“乙”称号 with no 等: the last quoted honour ends at its quote, 称号 no part of it)
        ("华屋村先后荣获“江西省乡村振兴示范村”“赣州市美丽乡村精品村”称号。",
         {("华屋村", "Place", "华屋村"), ("江西省乡村振兴示范村", "Award", "江西省乡村振兴示范村"), ("江西省", "Place", "江西省"),
          ("赣州市美丽乡村精品村", "Award", "赣州市美丽乡村精品村"), ("赣州市", "Place", "赣州市")}),
        ("荣获“全国文明单位”、“省级卫生先进单位”等荣誉。",
         {("全国文明单位", "Award", "全国文明单位"), ("省级卫生先进单位", "Award", "省级卫生先进单位")}),
        # 甲社区 | 居委会: the community's committee, not a district's (区 | 居委会); with no community named, the
        # community's committee as written, no district's either
        ("澄波社区居委会主任王晓梅介绍。", {("澄波社区居委会", "Agency", "澄波社区居民委员会"), ("王晓梅", "Official", "王晓梅")}),
        ("社区居委会主任王晓梅介绍。", {("社区居委会", "Agency", "社区居民委员会"), ("王晓梅", "Official", "王晓梅")}),
        # 紧盯 (keeping an eye on) opens no name
        ("紧盯澄波河综合治理。", {("澄波河", "Place", "澄波河")}),
        # 另有 (there are also …) opens no name
        ("另有智能家居装备制造、澄波物流园2个项目同步签约。",
         {("智能家居装备制造", "Project", "智能家居装备制造"), ("澄波物流园", "Project", "澄波物流园")}),
        # two sizes parted by a slash are one (100MW/200MWh); a road named by common words is one road, and what is
        # done to it its work (解放 | 路 | 改造工程; not 道路改造工程); a park's phase right after it is a work
        ("宏耀储能科技有限公司投资25亿元的100MW/200MWh独立储能电站项目开工。",
         {("宏耀储能科技有限公司", "Company", "宏耀储能科技有限公司"),
          ("100MW/200MWh独立储能电站项目", "Project", "100MW/200MWh独立储能电站项目")}),
        ("解放路改造提升工程启动，道路改造工程同步推进。", {("解放路改造提升工程", "Project", "解放路改造提升工程")}),
        # (the town's phase is a work on the town itself: no place beside it)
        ("澄波康养度假小镇二期由宏耀文旅开发有限公司负责建设。",
         {("澄波康养度假小镇二期", "Project", "澄波康养度假小镇二期"), ("宏耀文旅开发有限公司", "Company", "宏耀文旅开发有限公司")}),
        # a work of two doings joined by 及 or 与 is one work, named whole (not 感染楼及地下停车场: two buildings)
        ("翠岭湖生态修复及文旅综合开发项目开工。",
         {("翠岭湖生态修复及文旅综合开发项目", "Project", "翠岭湖生态修复及文旅综合开发项目"), ("翠岭湖", "Place", "翠岭湖")}),
        # (what is done may be a work's own kind word, 改造: 提标改造 | 及 | 管网工程)
        ("一、澄波污水处理厂提标改造及管网工程。",
         {("澄波污水处理厂提标改造及管网工程", "Project", "澄波污水处理厂提标改造及管网工程")}),
        ("宏耀集团重点建设翠岭种质资源保护与开发利用中心、宏耀文创产业园、澄波冷链物流枢纽三个项目。",
         {("宏耀集团", "Company", "宏耀集团"), ("翠岭种质资源保护与开发利用中心", "Project", "翠岭种质资源保护与开发利用中心"),
          ("宏耀文创产业园", "Project", "宏耀文创产业园"), ("澄波冷链物流枢纽", "Project", "澄波冷链物流枢纽")}),
        ("澄波医院新院区建设内容包括门急诊医技楼、感染楼及地下停车场。",
         {("澄波医院新院区", "Project", "澄波医院新院区"), ("澄波医院", "Organization", "澄波医院")}),
        # a place after one character jieba tags as only part of a name (灵 | 阳江) is the tail of a longer name:
        # the river 灵阳江, not the city 阳江
        ("灵阳江（颜庄段）堤防加固工程开工。",
         {("灵阳江（颜庄段）堤防加固工程", "Project", "灵阳江（颜庄段）堤防加固工程"), ("灵阳江", "Place", "灵阳江")}),
        # the round written before the quotes (第三届, 2024年度) is each title's
        ("会上，20名技能人才被授予第三届“澄波工匠”称号。", {("第三届“澄波工匠”", "Award", "第三届澄波工匠")}),
        ("澄波社区被授予2024年度“美丽社区”“文明社区”等称号。",
         {("澄波社区", "Place", "澄波社区"), ("2024年度“美丽社区”", "Award", "2024年度美丽社区"),
          ("文明社区", "Award", "2024年度文明社区")}),
        # a firm named as an institute (研究所有限公司: jieba reads 研究 | 所有 | 限公司)
        ("中车青岛四方车辆研究所有限公司承建。",
         {("中车青岛四方车辆研究所有限公司", "Company", "中车青岛四方车辆研究所有限公司"), ("青岛", "Place", "青岛")}),
        ("青岛市市政工程设计研究院有限责任公司承建。",
         {("青岛市市政工程设计研究院有限责任公司", "Company", "青岛市市政工程设计研究院有限责任公司"),
          ("青岛市", "Place", "青岛市")}),
        # a place the suffix rule names opening a work adds no words to its description's length
        ("青岛港董家口港区30万吨级油品码头二期工程通过验收。",
         {("青岛港董家口港区30万吨级油品码头二期工程", "Project", "青岛港董家口港区30万吨级油品码头二期工程"),
          ("青岛港", "Place", "青岛港")}),
        # a firm's brand opening its work's name before a place stays when the firm is named before (海信 | 即墨…)
        ("区政府与海信集团控股股份有限公司签约，海信将建设海信即墨智能制造产业园。",
         {("区政府", "Agency", "区人民政府"), ("海信集团控股股份有限公司", "Company", "海信集团控股股份有限公司"),
          ("海信即墨智能制造产业园", "Project", "海信即墨智能制造产业园"), ("即墨", "Place", "即墨")}),
        # a road's code opens the work's name, and a place before 段 is a section of the road named before it
        ("G228丹东线即墨段改建工程完工。",
         {("G228丹东线即墨段改建工程", "Project", "G228丹东线即墨段改建工程"), ("丹东", "Place", "丹东"),
          ("即墨", "Place", "即墨")}),
        # 市立 (run by the city), which jieba tags a verb, does not end a name before its proper part
        ("青岛市市立医院东院区二期工程投入使用。",
         {("青岛市市立医院东院区二期工程", "Project", "青岛市市立医院东院区二期工程"), ("青岛市", "Place", "青岛市"),
          ("青岛市市立医院", "Organization", "青岛市市立医院")}),
        # a demonstration park built is a work (示范园), a kind of one is none
        ("建设了大泽山葡萄现代农业示范园，总投资1.2亿元。",
         {("大泽山葡萄现代农业示范园", "Project", "大泽山葡萄现代农业示范园")}),
        ("建设农业示范园。", set()),
        # family names of the 百家姓 that are seldom words of their own (洪, 弓)
        ("副局长洪涛介绍。", {("洪涛", "Official", "洪涛")}),
        ("区委书记弓继权出席。", {("区委", "Agency", "区委"), ("弓继权", "Official", "弓继权")}),
    ],
)
def test_entities_credit_lines_ministry_departments_and_names_after_posts(nlp, text, expected):
    assert found(nlp, text) == expected


# -- awards -----------------------------------------------------------------------------------------


def test_entities_award_from_event(nlp):
    text = "在青岛市城市管理局主办的2025年青岛市智慧化城市管理创新应用场景大赛中，区综合行政执法局又一次斩获一等奖。"
    assert found(nlp, text) == {
        ("青岛市城市管理局", "Agency", "青岛市城市管理局"), ("青岛市", "Place", "青岛市"),
        ("2025年青岛市智慧化城市管理创新应用场景大赛", "Award", "2025年青岛市智慧化城市管理创新应用场景大赛"),
        ("区综合行政执法局", "Agency", "区综合行政执法局"),
        ("一等奖", "Award", "2025年青岛市智慧化城市管理创新应用场景大赛一等奖")}


def test_entities_award_after_verb(nlp):
    assert found(nlp, "作为全国首批科技金融应用试点城市的青岛西海岸新区早已走在前列。") == {
        ("全国首批科技金融应用试点城市", "Award", "全国首批科技金融应用试点城市"),
        ("青岛西海岸新区", "Place", "青岛西海岸新区")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # an honour by its words: an award verb, a rank or a place, words, a head of honours.tsv
        ("平度市获评全国文明城市和国家卫生城市。", {("平度市", "Place", "平度市"), ("全国文明城市", "Award", "全国文明城市"),
                                         ("国家卫生城市", "Award", "国家卫生城市")}),
        ("该社区被评为省级文明单位。", {("省级文明单位", "Award", "省级文明单位")}),
        ("即墨区获评2024年度全省先进集体。", {("即墨区", "Place", "即墨区"),
                                       ("2024年度全省先进集体", "Award", "2024年度全省先进集体")}),
        # (称号 is written, but no part of the honour's name)
        ("该村获得全国先进基层党组织称号。", {("全国先进基层党组织称号", "Award", "全国先进基层党组织")}),
        # a year's round, then the honour in quotes: named without the quotes
        ("刘海燕入选2024年度“最美乡村教师”。", {("2024年度“最美乡村教师”", "Award", "2024年度最美乡村教师")}),
        ("赵晓东入选2024年第四季度“德州好人榜”。", {("德州", "Place", "德州"),
                                             ("2024年第四季度“德州好人榜”", "Award", "2024年第四季度德州好人榜")}),
        ("该企业被认定为国家高新技术企业。", {("国家高新技术企业", "Award", "国家高新技术企业")}),
        # the list after the verb goes on: each item an honour by its words
        ("平度市获评全国文明城市、国家卫生城市和国家园林城市。", {
            ("平度市", "Place", "平度市"), ("全国文明城市", "Award", "全国文明城市"), ("国家卫生城市", "Award", "国家卫生城市"),
            ("国家园林城市", "Award", "国家园林城市")}),
        # a verb of any role, a counted category, no rank, or no words before the head: no honour
        ("青岛成为全国重要城市。", {("青岛", "Place", "青岛")}),
        ("全市12个社区被评为省级文明单位。", set()),
        ("35家企业入选省科技领军企业、省首批小巨人企业。", set()),
        ("莒县先后获评国家农产品质量安全县、全国休闲农业重点县。", {
            ("莒县", "Place", "莒县"), ("国家农产品质量安全县", "Award", "国家农产品质量安全县"),
            ("全国休闲农业重点县", "Award", "全国休闲农业重点县")}),
        ("该区入选山东省莒县。", {("山东省", "Place", "山东省"), ("莒县", "Place", "莒县")}),  # places only: no honour
        ("该村获评文明单位。", set()),
        ("入选全国城市。", set()),
    ],
)
def test_entities_honour_after_an_award_verb(nlp, text, expected):
    assert found(nlp, text) == expected


def test_entities_bare_prize_without_contest_is_no_award(nlp):
    assert found(nlp, "他获得一等奖。") == set()


# -- boundaries ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("昨日上午，潮海街道即墨古城商户商会正式成立。", {("潮海街道", "Place", "潮海街道"), ("即墨", "Place", "即墨"),
                                              ("即墨古城商户商会", "Organization", "即墨古城商户商会")}),
        ("山东省教育装备行业协会校服专业委员会成立。", {("山东省", "Place", "山东省"), (
            "山东省教育装备行业协会校服专业委员会", "Organization", "山东省教育装备行业协会校服专业委员会")}),
        ("黄岛街道建立在建项目台账。", {("黄岛街道", "Place", "黄岛街道")}),
        # a preposition or pronoun of two characters (jieba's p, r) ends a name; 自然 (d) does not
        ("对于华夏房地产协会的建议，他表示赞同。", {("华夏房地产协会", "Organization", "华夏房地产协会")}),
        ("他们华夏物流协会成立了。", {("华夏物流协会", "Organization", "华夏物流协会")}),
        # a zone inside a project's name is a place of its own, with the city inside it
        ("双方就温州经济技术开发区基础设施等项目签订协议。", {
            ("温州经济技术开发区基础设施", "Project", "温州经济技术开发区基础设施"), ("温州", "Place", "温州"),
            ("温州经济技术开发区", "Place", "温州经济技术开发区")}),
        # a ring road is named by its city (every city has its 二环), the city inside it; other roads
        # nest in their place
        ("沿济南二环东路和青岛绕城高速前行。", {("济南二环东路", "Place", "济南二环东路"), ("青岛绕城高速", "Place", "青岛绕城高速"),
                                       ("济南", "Place", "济南"), ("青岛", "Place", "青岛")}),
        # an ordinal right after a place is part of the name (a boundary word elsewhere: 第一家)
        ("青岛第一机械有限公司成立。", {("青岛第一机械有限公司", "Company", "青岛第一机械有限公司"), ("青岛", "Place", "青岛")}),
        ("中国第二重型机械集团有限公司签约。", {("中国第二重型机械集团有限公司", "Company", "中国第二重型机械集团有限公司")}),
        # jieba's nr on an everyday word (智慧) is no proper part: 智慧园区 is a kind of park, no name
        ("集研发和智慧园区管理为一体。", set()),
        # a place and a verb before 项目 name no work (坚持项目为王: 项目 is the object of 坚持)
        ("今年以来，即墨区坚持项目为王。", {("即墨区", "Place", "即墨区")}),
        # a place and a part of it by its direction before 项目 names the projects there, no project
        ("青岛市即墨区东南部项目集中开工。", {("青岛市", "Place", "青岛市"), ("即墨区", "Place", "即墨区")}),
        # a Latin acronym before the place opens the name, and adds no words to its length
        ("、RCEP烟台经贸合作先行创新试验基地建设率先启动。", {
            ("RCEP烟台经贸合作先行创新试验基地", "Project", "RCEP烟台经贸合作先行创新试验基地"), ("烟台", "Place", "烟台")}),
        # a place jieba knows whole (ns) with its suffix inside is the name: the verb before it is not
        ("这个季节来长白山看天池。", {("长白山", "Place", "长白山")}),
    ],
)
def test_entities_boundaries(nlp, text, expected):
    assert found(nlp, text) == expected


# -- the seeds and odd texts ------------------------------------------------------------------------


def test_entities_component_sets_mentions_in_text_order(nlp_full):
    doc = nlp_full("区住建局以精准施策推动产业。该局位于通济新区前枣杭村。")
    assert [(m.start, m.text, m.kind) for m in doc._.kg_mentions] == [
        (0, "区住建局", "name"), (14, "该局", "coref"), (18, "通济新区", "name"), (22, "前枣杭村", "name")]


def test_entities_seed_000(nlp, seeds_dir):
    """Seed-level: what the dev page's lead article must yield (with layout breaks joined crudely)."""
    text = (seeds_dir / "000_e98db0bf95b318e9.txt").read_text(encoding="utf-8").replace("\n\n", "")
    got = {(m.name, m.type) for m in mentions(nlp, text)}
    assert {
        ("即墨区住房和城乡建设局", "Agency"), ("区住房和城乡建设局", "Agency"), ("区统计局", "Agency"), ("区综合行政执法局", "Agency"),
        ("青岛蓝湾工程检测鉴定有限公司", "Company"), ("淮涉河二路大修工程", "Project"), ("环秀雍苑西停车场", "Project"),
        ("东山前片区配套工程", "Project"), ("前枣杭村", "Place"),
    } <= got
    assert not any(n.startswith(("72个", "各", "重点企业")) for n, _ in got)


@pytest.mark.parametrize("text", ["", "青岛", "在青岛", "区", "（", "责编", "记者", "一等奖", "该局", "\n\n", "记者 "])
def test_entities_edge_texts_do_not_raise(nlp, text):
    nlp(text)  # a place or suffix at the very end of the text once indexed past it


def test_entities_component_reads_the_article_text(nlp_full, nlp, seeds_dir):
    from kg.nlp.extensions import doc_text
    from kg.records import Article

    text = (seeds_dir / "000_e98db0bf95b318e9.txt").read_text(encoding="utf-8")[:3000]
    article = Article("a.txt", 0, text, tuple(range(len(text) + 1)), 0, len(text))
    doc = nlp_full.make_doc(text)
    doc._.kg_article = article
    assert doc_text(doc) is text  # the Article's string, not one rebuilt from the tokens
    plain = nlp_full.make_doc(text)  # no Article: its text is rebuilt from the tokens
    for name in ("kg_sentencizer", *nlp_full.pipe_names[1 : nlp_full.pipe_names.index("kg_entities") + 1]):
        doc = nlp_full.get_pipe(name)(doc)
        plain = nlp_full.get_pipe(name)(plain)
    assert doc._.kg_name_index.text is text
    assert doc._.kg_mentions == plain._.kg_mentions
    other = nlp_full.make_doc(text)
    other._.kg_article = Article("b.txt", 0, "x" * len(text), (), 0, len(text))  # not this Doc's text
    assert doc_text(other) == text
    assert doc_text(nlp_full.make_doc("")) == ""


# -- speed work: the fast paths give what the plain ones gave ---------------------------------


def test_entities_word_covering_by_binary_search():
    from kg.nlp.entities.index import NameIndex

    text = "区住建局 召开会议，张三在讲话"
    words = [(0, 2), (2, 4), (5, 7), (7, 9), (9, 10), (10, 12), (12, 13), (13, 15)]  # a space at 4
    index = NameIndex(text, words)
    cover = {k: (s, e) for s, e in words for k in range(s, e)}
    for i in range(-2, len(text) + 2):
        assert index.word_covering(i) == cover.get(i), i
    assert [index.word_ending(i) for i in (2, 3, 4, 9)] == [0, None, 2, 7]


_BYLINE_PARTS = ["记者", "通讯员", "见习记者", "摄影记者", "青岛日报/观海新闻", "□", "本报", "张明", "王涛", "李",
                 "文/图", "摄", "整理", "文", "说", "。", "，", "（", "）", ")", " ", "　", "\n", "X"]


def test_entities_byline_lines_find_what_the_whole_text_search_finds():
    """The byline pattern runs only on the lines its hint allows: the same matches, in order."""
    import random

    from kg.nlp.entities.bylines import BYLINE_LINE, byline_lines

    rnd = random.Random(3)
    matched = 0
    for _ in range(20000):
        text = "".join(rnd.choice(_BYLINE_PARTS) for _ in range(rnd.randint(0, 9)))
        whole = [(m.span(), m.groups()) for m in BYLINE_LINE.finditer(text)]
        by_line = [(m.span(), m.groups()) for a, b in byline_lines(text) for m in BYLINE_LINE.finditer(text, a, b)]
        assert by_line == whole, text
        matched += bool(whole)
    assert matched > 1000


def test_entities_long_run_after_credit_word_is_fast(nlp):
    """记者 and a long unpunctuated run: the byline pattern used to try every way to cut it into names."""
    import time

    run = "张王李赵刘陈杨黄周吴孙马朱胡林郭何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    t = time.perf_counter()
    nlp("记者" + run + "。")
    assert time.perf_counter() - t < 2


def test_entities_first_word_is_the_taggers_first_word():
    import jieba.posseg

    from kg.nlp.entities.people import first_word

    for window in ("姜德志在会上", "孙震说，今年", "薛少华", "ab张三", ""):
        words = jieba.posseg.lcut(window)
        assert first_word(window, 0) == ((words[0].word, words[0].flag) if words else None)


def _listed(nlp_entities, text, spans):
    """The settler's list rule over ``spans`` ((name, type, rule, role) at their first occurrence)."""
    from kg.records import Mention

    ms = [Mention(text.index(n), text.index(n) + len(n), n, t, n, role=role, rule=rule) for n, t, rule, role in spans]
    return {(m.text, m.type) for m in nlp_entities.get_pipe("kg_entities")._places_listed(text, ms)}


@pytest.mark.parametrize(
    "text,spans,expected",
    [
        # a bare person the model found, listed beside a place ending in the same character, is a place
        ("完成甲河坊、王河坊规划编制。", [("甲河坊", "Place", "kg_ner", None), ("王河坊", "Person", "kg_ner", None)],
         {("甲河坊", "Place"), ("王河坊", "Place")}),
        # or in a list that closes with 等 and a place's kind word
        ("李家屯、丙丁庄等4个新建社区，年内回迁。", [("李家屯", "Person", "kg_ner", None)], {("李家屯", "Place")}),
        # persons listed together, a person with a post, a list of persons: persons
        ("甲河坊、王河坊规划完成。", [("甲河坊", "Place", "kg_ner", None), ("王河坊", "Official", "kg_ner", "主任")],
         {("甲河坊", "Place"), ("王河坊", "Official")}),
        ("赵立新、钱文等5名村民获奖。", [("赵立新", "Person", "kg_ner", None), ("钱文", "Person", "kg_ner", None)],
         {("赵立新", "Person"), ("钱文", "Person")}),
        ("甲新区、孙海明发言。", [("甲新区", "Place", "kg_ner", None), ("孙海明", "Person", "kg_ner", None)],
         {("甲新区", "Place"), ("孙海明", "Person")}),
    ],
)
def test_entities_a_surname_opening_a_listed_place_is_no_person(nlp_full, text, spans, expected):
    assert _listed(nlp_full, text, spans) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # international organisations by their official and short names (abbreviations.tsv)
        ("联合国秘书长发表讲话，欧盟和上合组织成员国代表出席。",
         {("联合国", "Organization", "联合国"), ("欧盟", "Organization", "欧洲联盟"),
          ("上合组织", "Organization", "上海合作组织")}),
        # a short name alone ends where jieba's word does (联合 | 国际物流公司 holds no 联合国)
        # (the firm's words are everyday ones: no name either)
        ("联合国际物流公司成立。", set()),
        # a name built on a body whose name ends in a verb (组织) runs on over it, across the dash after 中国;
        # the place in the body's name (上海) is no place of the zone's
        ("中国—上海合作组织地方经贸合作示范区加快建设。",
         {("中国—上海合作组织地方经贸合作示范区", "Place", "中国—上海合作组织地方经贸合作示范区")}),
        ("中国-上海合作组织地方经贸合作示范区管理委员会发布通告。",
         {("中国-上海合作组织地方经贸合作示范区管理委员会", "Agency", "中国-上海合作组织地方经贸合作示范区管理委员会")}),
        # after a post, an ordinary word opening with a surname's character is no name (县长 | 信访, 县长 | 都要)
        ("公布县长信访的时间，每位县长都要面对群众。", set()),
    ],
)
def test_entities_international_organisations_and_names_built_on_them(nlp, text, expected):
    assert found(nlp, text) == expected


def test_entities_a_word_introducing_a_list_is_no_kind_after_deng(nlp):
    # 有 introduces a list after a kind word (项目有甲、乙); after 等 it is a verb, and gives no type (a crash:
    # the list's items were typed "introduce")
    from kg.schema import ENTITY_TYPES

    got = mentions(nlp, "张家庄、李家庄等有3000余人参加。")
    assert {m.type for m in got} <= set(ENTITY_TYPES)
    assert [m for m in got if m.rule == "list_project"] == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # a removal from a post (免去X的…职务): X is an official; the post is no longer X's (no role)
        ("免去赵国强的市教育局局长职务。", {("赵国强", "Official", "赵国强"), ("市教育局", "Agency", "市教育局")}),
        ("免去李华同志的市财政局副局长职务，另有任用。", {("李华", "Official", "李华"), ("市财政局", "Agency", "市财政局")}),
        # a body's section right before its head's title (科, 处: proper = 3 in suffixes.tsv), named after the body
        ("青岛市商务局物流业发展科科长张三介绍。",
         {("青岛市商务局物流业发展科", "Agency", "青岛市商务局物流业发展科"), ("青岛市", "Place", "青岛市"),
          ("张三", "Official", "张三")}),
        ("省财政厅预算处处长赵六说。",
         {("省财政厅预算处", "Agency", "省财政厅预算处"), ("赵六", "Official", "赵六")}),
        # a district jieba cuts as a verb (即墨) and its unit (区) opens the body's name whole
        ("即墨区财政局办公室主任王五说。",
         {("即墨区财政局办公室", "Agency", "即墨区财政局办公室"), ("即墨区", "Place", "即墨区"), ("王五", "Official", "王五")}),
        # a figure made approximate (30余人, 20多家) is a count: no name opens with its 余 or 多
        ("群众代表30余人走进法院。", set()),
        ("全区20多家企业参加。", set()),
        # a one-character verb before a settlement's word says where one goes (驻村, 进村)
        ("西石河村驻村第一书记张强介绍。", {("西石河村", "Place", "西石河村"), ("张强", "Official", "张强")}),
        ("工作人员进村入户。", set()),
        # the posts of courts, procuratorates and newspapers (titles.tsv)
        ("即墨区人民检察院副检察长马丽参加。",
         {("即墨区人民检察院", "Agency", "即墨区人民检察院"), ("即墨区", "Place", "即墨区"), ("马丽", "Official", "马丽")}),
        ("青岛日报社社长王海说。",
         {("青岛日报社", "Organization", "青岛日报社"), ("青岛", "Place", "青岛"), ("王海", "Official", "王海")}),
    ],
)
def test_entities_removals_sections_counts_and_more_posts(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # names listed with 、 after the one a post introduces hold the same post
        ("副市长王静、孙海波，市政府秘书长赵明出席会议。",
         {("王静", "Official", "王静"), ("孙海波", "Official", "孙海波"), ("市政府", "Agency", "市人民政府"),
          ("赵明", "Official", "赵明")}),
        ("区委常委王一鸣、李二强、张三丰参加。",
         {("区委", "Agency", "区委"), ("王一鸣", "Official", "王一鸣"), ("李二强", "Official", "李二强"),
          ("张三丰", "Official", "张三丰")}),
        # what is done, inside a document's title, is the document's subject: no work
        ("会议审议通过了《淄博市老旧小区改造三年行动方案》。", {("淄博市", "Place", "淄博市")}),
        # the body a work is named after opens the work's name (the place after it does not)
        ("青岛大学附属医院西海岸院区二期工程开工。",
         {("青岛大学附属医院西海岸院区二期工程", "Project", "青岛大学附属医院西海岸院区二期工程"), ("西海岸", "Place", "西海岸"),
          ("青岛大学附属医院", "Organization", "青岛大学附属医院")}),
        # a section of a road or railway (line, place, 段) is a work, the line named after the places it joins
        ("由甲集团有限公司投资建设的济南至潍坊高速公路潍坊段全线贯通。",
         {("甲集团有限公司", "Company", "甲集团有限公司"), ("济南至潍坊高速公路潍坊段", "Project", "济南至潍坊高速公路潍坊段"),
          ("济南", "Place", "济南"), ("潍坊", "Place", "潍坊")}),
        ("胶济铁路青岛段改造。",
         {("胶济铁路青岛段改造", "Project", "胶济铁路青岛段改造"), ("胶济铁路", "Place", "胶济铁路"), ("青岛", "Place", "青岛")}),
        # a line named by the abbreviations of the places it joins (京沪: jieba's j) and its section
        ("京沪高铁济南至徐州段开工。",
         {("京沪高铁济南至徐州段", "Project", "京沪高铁济南至徐州段"), ("京沪高铁", "Place", "京沪高铁"),
          ("济南", "Place", "济南"), ("徐州", "Place", "徐州")}),
    ],
)
def test_entities_shared_posts_documents_and_sections_of_lines(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a government's office is named after the government (人民政府 does not end the office's name)
        ("山东省人民政府外事办公室副主任刘伟出席仪式。",
         {("山东省人民政府外事办公室", "Agency", "山东省人民政府外事办公室"), ("山东省", "Place", "山东省"),
          ("刘伟", "Official", "刘伟")}),
        # embassies and consulates are government bodies, their envoys officials
        ("中国驻大阪总领事馆总领事薛剑会见。",
         {("中国驻大阪总领事馆", "Agency", "中国驻大阪总领事馆"), ("薛剑", "Official", "薛剑")}),
    ],
)
def test_entities_government_offices_and_missions_abroad(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the bodies every community has name none (stop_names.txt)
        ("推动社区党组织、业主委员会、物业服务企业协同治理。", set()),
        # a firm written in full, a place inside its name, opens the name of its work
        ("推动中国重汽集团泰安五岳专用汽车有限公司新能源专用车项目投产。",
         {("中国重汽集团泰安五岳专用汽车有限公司新能源专用车项目", "Project", "中国重汽集团泰安五岳专用汽车有限公司新能源专用车项目"),
          ("泰安", "Place", "泰安")}),
    ],
)
def test_entities_generic_community_bodies_and_works_named_after_a_firm_in_full(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a figure's unit (英寸: work_names.tsv) belongs to the work's name; 集成电路 ends in 路 but is no road
        ("甲公司将投资160亿元建设12英寸集成电路生产线三期项目。",
         {("12英寸集成电路生产线三期项目", "Project", "12英寸集成电路生产线三期项目")}),
        # 研发中心 and 创新园 end names as 创新中心 and 科技园 do
        ("加快海信视像显示技术研发中心建设。",
         {("海信视像显示技术研发中心", "Organization", "海信视像显示技术研发中心")}),
        ("双方将共建中国海洋大学崂山海洋科技创新园。",
         {("中国海洋大学崂山海洋科技创新园", "Project", "中国海洋大学崂山海洋科技创新园"), ("崂山", "Place", "崂山")}),
    ],
)
def test_entities_units_of_works_and_research_centres(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a work named after a place the tagger found whole (川航天府国际机场 | 基地项目一期), no proper word of jieba's
        ("由四川航空集团有限责任公司投资建设的川航天府国际机场基地项目一期已建成投用。",
         {("四川航空集团有限责任公司", "Company", "四川航空集团有限责任公司"), ("四川", "Place", "四川"),
          ("川航天府国际机场基地项目一期", "Project", "川航天府国际机场基地项目一期")}),
        # a scope word and a character (区城 of 区城改办) is no person; a slogan's words are no places
        ("区住建局、区城改办等单位负责同志参加会议。", {("区住建局", "Agency", "区住房和城乡建设局")}),
        ("甲区榜上有名“绿水青山就是金山银山”实践创新基地。", set()),
    ],
)
def test_entities_with_the_tagger_works_named_after_its_places_and_no_scope_word_people(nlp_full, text, expected):
    assert found(nlp_full, text) == expected


def test_entities_a_given_name_ends_before_a_verb_taking_an_aspect_particle(nlp):
    # 孙斌作了说明: 作 with 了 after it is the verb, not the name's last character
    assert found(nlp, "区财政局局长孙斌作了说明。") == {("区财政局", "Agency", "区财政局"), ("孙斌", "Official", "孙斌")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # investment promotion bodies: a standard department (departments.txt), its short form (abbreviations.tsv)
        ("青岛市投资促进局局长李娜说。",
         {("青岛市投资促进局", "Agency", "青岛市投资促进局"), ("青岛市", "Place", "青岛市"), ("李娜", "Official", "李娜")}),
        ("区投促局负责同志参加。", {("区投促局", "Agency", "区投资促进局")}),
        # a slogan's "No. 1 project" is no work (stop_names.txt)
        ("坚持把招商引资作为“一号工程”。", set()),
        ("县委、县政府把项目建设作为推动高质量发展的“头号工程”，各级各部门要坚持问题导向。",
         {("县委", "Agency", "县委"), ("县政府", "Agency", "县人民政府")}),
    ],
)
def test_entities_investment_promotion_bodies_and_slogan_works(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "body,type_",
    [("政务服务管理办公室", "Agency"), ("档案馆", "Organization"), ("妇幼保健院", "Organization")],
)
def test_entities_more_public_bodies_of_a_city(nlp, body, type_):
    assert found(nlp, f"青岛市{body}负责人张三介绍。") == {
        (f"青岛市{body}", type_, f"青岛市{body}"), ("青岛市", "Place", "青岛市"), ("张三", "Official", "张三")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # designations a ministry or province confers (honours.tsv heads 中心, 实验室 …; 中 of 中心 ends no honour)
        ("青岛海尔智能技术研发有限公司被工业和信息化部认定为国家级工业设计中心。",
         {("国家级工业设计中心", "Award", "国家级工业设计中心"), ("工业和信息化部", "Agency", "工业和信息化部"),
          ("青岛海尔智能技术研发有限公司", "Company", "青岛海尔智能技术研发有限公司")}),
        ("甲公司获批省级重点实验室。", {("省级重点实验室", "Award", "省级重点实验室")}),
        # a role, not an honour, after a weak verb (成为)
        ("青岛成为全国重要的物流中心。", {("青岛", "Place", "青岛")}),
    ],
)
def test_entities_designations_conferred_as_honours(nlp, text, expected):
    assert found(nlp, text) == expected


def test_entities_names_sharing_a_post_that_the_model_guesses_are_bodies(nlp_full):
    # the trained model reads 赵海军 and 钱军 as bodies; in a list of names after a post they are its holders
    assert found(nlp_full, "县政协副主席刘明、赵海军、钱军出席。") == {
        ("县政协", "Agency", "县政治协商会议"), ("刘明", "Official", "刘明"), ("赵海军", "Official", "赵海军"),
        ("钱军", "Official", "钱军")}


def test_entities_the_last_name_of_a_shared_post_before_a_set_phrase(nlp):
    # 副区长王静、孙海波出席会议: jieba's 出席会议 (a set phrase, tag l) ends the list as a verb does
    assert found(nlp, "副区长王静、孙海波出席会议。") == {("王静", "Official", "王静"), ("孙海波", "Official", "孙海波")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a bank written in full whose short name the abbreviations data list (工商银行 → 中国工商银行)
        ("中国工商银行与市政府签署战略合作协议。",
         {("中国工商银行", "Company", "中国工商银行"), ("市政府", "Agency", "市人民政府")}),
        ("记者从中国农业银行获悉。", {("中国农业银行", "Company", "中国农业银行")}),
        # the short name alone still names the bank
        ("建设银行为项目提供贷款。", {("建设银行", "Company", "中国建设银行")}),
    ],
)
def test_entities_a_body_written_in_full_whose_short_name_is_listed(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a work named after the brand of a firm the sentence names in full (no other proper-name signal:
        # jieba reads the brand as an abbreviation)
        ("开发区的中联重科智慧产业城二期项目总投资25亿元，由中联重科股份有限公司投资建设。",
         {("中联重科智慧产业城二期项目", "Project", "中联重科智慧产业城二期项目"),
          ("中联重科股份有限公司", "Company", "中联重科股份有限公司")}),
        # a metro line's section in a place jieba's dictionary knows (海沧 of 海沧区)
        ("地铁6号线海沧段正在加紧施工。", {("地铁6号线海沧段", "Project", "地铁6号线海沧段")}),
        # ... not a section of any other kind (施工段)
        ("地铁6号线施工段进展顺利。", set()),
    ],
)
def test_entities_works_named_after_a_firm_brand_or_a_metro_section(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # community health and elderly-care centres are institutions (suffixes.tsv), named after their street
        ("新阳街道社区卫生服务中心正式启用。",
         {("新阳街道社区卫生服务中心", "Organization", "新阳街道社区卫生服务中心"), ("新阳街道", "Place", "新阳街道")}),
        ("骆驼街道居家养老服务中心已建成运营。",
         {("骆驼街道居家养老服务中心", "Organization", "骆驼街道居家养老服务中心"), ("骆驼街道", "Place", "骆驼街道")}),
        # ... and no name without a proper part
        ("社区卫生服务中心覆盖全区。", set()),
    ],
)
def test_entities_health_and_care_centres(nlp, text, expected):
    assert found(nlp, text) == expected



@pytest.mark.parametrize(
    "text,expected",
    [
        # a centre built is named from its proper part, not from the building verb (共同建设 | 潍柴博世…研发中心),
        # and built, it is a work (GUIDE §2)
        ("双方将共同建设潍柴博世氢燃料电池研发中心。",
         {("潍柴博世氢燃料电池研发中心", "Project", "潍柴博世氢燃料电池研发中心")}),
        # 新建, which jieba tags a place, is what is done to the work: the district names the school's work
        ("兰山区第二实验小学新建工程总投资2.8亿元。",
         {("兰山区第二实验小学新建工程", "Project", "兰山区第二实验小学新建工程"), ("兰山区", "Place", "兰山区"),
          ("兰山区第二实验小学", "Organization", "兰山区第二实验小学")}),
    ],
)
def test_entities_verbs_of_building_are_no_proper_part(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a notice of appointment: the name opens the entry, short clauses of a résumé, then 现任 and the post
        ("张晓东，男，1978年5月出生，现任甲区人民政府副区长。",
         {("张晓东", "Official", "张晓东"), ("甲区人民政府", "Agency", "甲区人民政府")}),
        ("张晓东，男，1978年5月出生，现任岱岳区人民政府副区长。",
         {("张晓东", "Official", "张晓东"), ("岱岳区人民政府", "Agency", "岱岳区人民政府"), ("岱岳区", "Place", "岱岳区")}),
        ("二、王振宇，男，汉族，1975年10月出生，中共党员，现任肥城市委常委、组织部部长。",
         {("王振宇", "Official", "王振宇"), ("肥城市委", "Agency", "肥城市委"), ("肥城市", "Place", "肥城市"),
          ("组织部", "Agency", "肥城市委组织部")}),
        # 任 or 担任 right after the name (and the firm's name starts after the verb)
        ("王建国任青岛甲乙集团有限公司董事长。",
         {("王建国", "Official", "王建国"), ("青岛甲乙集团有限公司", "Company", "青岛甲乙集团有限公司"), ("青岛", "Place", "青岛")}),
        ("李华担任区财政局局长一职。", {("李华", "Official", "李华"), ("区财政局", "Agency", "区财政局")}),
        ("李梅现任泰安市财政局副局长。",
         {("李梅", "Official", "李梅"), ("泰安市财政局", "Agency", "泰安市财政局"), ("泰安市", "Place", "泰安市")}),
    ],
)
def test_entities_a_resume_names_the_official_holding_the_post(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an entry of a list of people: the name, then the post in brackets (a given name that is a word: 发展)
        ("吴发展（甲乙建材集团有限公司董事长）", {("吴发展", "Official", "吴发展")}),
        ("\n郑晓梅（丙丁枣业有限公司副总经理）\n", {("郑晓梅", "Official", "郑晓梅")}),
        # a note in brackets that is no post names no one
        ("吴发展（右二）", set()),
    ],
)
def test_entities_a_name_with_its_post_in_brackets_after_it_is_an_official(nlp, text, expected):
    assert found(nlp, text, "Official") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # jieba glues 任 to the name (王海鹏任) or to what follows (任市): the name, then the post's body
        ("会议宣布：王海鹏任智能制造与信息工程学院院长，孙立华任教务处处长。",
         {("王海鹏", "Official", "王海鹏"), ("智能制造与信息工程学院", "Organization", "智能制造与信息工程学院"),
          ("孙立华", "Official", "孙立华"), ("教务处", "Agency", "教务处")}),
        ("张明远任区财政局局长，李建国任市教育局副局长。",
         {("张明远", "Official", "张明远"), ("区财政局", "Agency", "区财政局"),
          ("李建国", "Official", "李建国"), ("市教育局", "Agency", "市教育局")}),
        ("岳晓东任文化旅游学院党总支书记。",
         {("岳晓东", "Official", "岳晓东"), ("文化旅游学院", "Organization", "文化旅游学院")}),
    ],
)
def test_entities_a_post_given_with_ren_names_its_body_whole(nlp, text, expected):
    # the words between 任 and the title name the body, however plain (a university's 教务处)
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # jieba reads 赵国 (a state) and 栋为: the name is the three characters before 为
        ("任命赵国栋为长春市生态环境局二级巡视员。",
         {("赵国栋", "Official", "赵国栋"), ("长春市生态环境局", "Agency", "长春市生态环境局"), ("长春市", "Place", "长春市")}),
        # 为区 glued; the words after 、 are no post read back from (审判委员会委员): the first post names the person
        ("任命潘蕾为区人民法院副院长、审判委员会委员。",
         {("潘蕾", "Official", "潘蕾"), ("区人民法院", "Agency", "区人民法院")}),
        # a district's court and procuratorate are its standard bodies (departments.txt)
        ("区监察委员会、区人民法院、区人民检察院负责同志列席会议。",
         {("区监察委员会", "Agency", "区监察委员会"), ("区人民法院", "Agency", "区人民法院"),
          ("区人民检察院", "Agency", "区人民检察院")}),
    ],
)
def test_entities_appointments_and_the_courts(nlp, text, expected):
    assert found(nlp, text) == expected


def test_entities_a_long_clause_is_no_resume(nlp):
    # the name before a long clause does not hold the post written after it
    assert found(nlp, "据张晓东介绍，这次会议对全区经济社会发展具有重要意义，现任区长出席。", "Official") == set()


@pytest.mark.parametrize(
    "text,expected",
    [
        # 于 read as a preposition before a given name jieba's dictionary does not hold: the surname of a name
        ("海信集团总裁于芝涛介绍了新产品。", {("海信集团", "Company", "海信集团"), ("于芝涛", "Official", "于芝涛")}),
        # ... and before a word its dictionary holds as a rare one (立新, 51 uses)
        ("区委书记于立新宣布项目开工。", {("区委", "Agency", "区委"), ("于立新", "Official", "于立新")}),
        # ... but not before a word it holds as an everyday one (会上, 近日: 局长 | 于 | 会上表示)
        ("局长于会上表示。", set()),
        ("第一书记和工作队负责人参加。", set()),
        # a firm named in full, then by its brand alone before a post title: the firm
        ("潍柴动力股份有限公司召开会议。潍柴动力副总裁李志刚表示。",
         {("潍柴动力股份有限公司", "Company", "潍柴动力股份有限公司"), ("潍柴动力", "Company", "潍柴动力"),
          ("李志刚", "Official", "李志刚")}),
    ],
)
def test_entities_names_after_titles_and_brands_alone(nlp, text, expected):
    assert found(nlp, text) == expected


def test_entities_a_group_s_company_in_a_province_jieba_glues_to_a_word(nlp):
    # 中国电建集团 | 山东电力建设第一工程有限公司: jieba reads 山东电力 as one word, so no place is marked there;
    # the province still opens the group's company, named after the group
    assert found(nlp, "乙县人民政府与中国电建集团山东电力建设第一工程有限公司签署协议。", "Company") == {
        ("中国电建集团山东电力建设第一工程有限公司", "Company", "中国电建集团山东电力建设第一工程有限公司")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # river-chief posts (titles.tsv), also where jieba glues the title's last character to the surname (长于)
        ("区委副书记、区长、区总河长于晓波出席会议。",
         {("区委", "Agency", "区委"), ("于晓波", "Official", "于晓波")}),
        ("村级河长王明每周巡河一次。", {("王明", "Official", "王明")}),
        # ... but 于 before a word of jieba's dictionary is no surname (市长 | 于 | 会上)
        ("市长于会上表示。", set()),
    ],
)
def test_entities_river_chief_posts(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an honour in quotes on a plaque or certificate handed over (颁发“Y”牌匾); a town written inside its
        # district where jieba's words cross both (文登 | 区米 | 山镇); the river-chief office (abbreviations.tsv)
        ("区河长办为文登区米山镇等5个镇街颁发“美丽幸福河湖示范镇”牌匾。",
         {("区河长办", "Agency", "区河长制办公室"), ("文登区", "Place", "文登区"), ("米山镇", "Place", "米山镇"),
          ("美丽幸福河湖示范镇", "Award", "美丽幸福河湖示范镇")}),
        # ... not in quotes: no honour by that frame
        ("区里为企业颁发证书。", set()),
    ],
)
def test_entities_an_honour_handed_over_and_a_town_inside_its_district(nlp, text, expected):
    assert found(nlp, text) == expected


def test_entities_a_national_body_written_short_before_a_post(nlp):
    # 国家发展改革委 | 副主任 (jieba: 委副): the national body, written out
    assert found(nlp, "国家发展改革委副主任李春临介绍。") == {
        ("国家发展改革委", "Agency", "国家发展和改革委员会"), ("李春临", "Official", "李春临")}


def test_entities_what_is_done_to_a_work_is_no_clause_verb(nlp):
    # 提升 right before 项目 (work_names.tsv verbs) names the work; the name keeps the place it is in
    assert found(nlp, "烟台张裕葡萄酒文化小镇提升项目开工。", "Project") == {
        ("烟台张裕葡萄酒文化小镇提升项目", "Project", "烟台张裕葡萄酒文化小镇提升项目")}
    # and a run of them (改造 | 提升 | 工程) after a long place: the place still opens the work's name
    assert found(nlp, "文昌路街道老旧小区改造提升工程开工。", "Project") == {
        ("文昌路街道老旧小区改造提升工程", "Project", "文昌路街道老旧小区改造提升工程")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # the words after the places a work's name opens with name a thing; verbs further on describe the work
        ("甲马营镇农村公路安全生命防护工程开工。", {("甲马营镇农村公路安全生命防护工程", "Project", "甲马营镇农村公路安全生命防护工程")}),
        # 保障 right before 工程 is what is done to the work (work_names.tsv verbs)
        ("艾山街道农村供水保障工程完工。", {("艾山街道农村供水保障工程", "Project", "艾山街道农村供水保障工程")}),
        # 及 inside a work's name its place opens; after a name's own suffix it joins two names
        ("艾山街道海水淡化及供水管网工程开工。", {("艾山街道海水淡化及供水管网工程", "Project", "艾山街道海水淡化及供水管网工程")}),
        ("艾山街道文化中心及钢城新材料产业园项目开工。", {("钢城新材料产业园项目", "Project", "钢城新材料产业园项目")}),
        # a verb or adverb right after the place says what the place does: no work's name opens with the place
        ("艾山街道全力推进农村公路安全生命防护工程。", set()),
    ],
)
def test_entities_works_whose_places_open_their_names(nlp, text, expected):
    assert found(nlp, text, "Project") == expected


def test_entities_a_firms_brand_may_end_with_a_verbs_character(nlp):
    # 恒达: jieba's unknown word ends with 达 (a word of boundaries.txt), part of the brand
    assert found(nlp, "王建国察看了莱芜恒达精密铸造有限公司。", "Company") == {
        ("莱芜恒达精密铸造有限公司", "Company", "莱芜恒达精密铸造有限公司")}


def test_entities_a_verb_before_a_common_word_is_no_town(nlp):
    # 发展乡, 振兴乡 are towns of the divisions data; before 村 they are 发展 | 乡村: no place (nor 建设乡村新风貌);
    # 胜利乡 | 村民 is the town's villagers
    assert found(nlp, "大力发展乡村旅游，全面振兴乡村，建设乡村新风貌。", "Place") == set()
    assert found(nlp, "胜利乡村民代表参加会议。", "Place") == {("胜利乡", "Place", "胜利乡")}


def test_entities_a_villages_name_holds_no_town(nlp):
    # 叶坪乡 | 洋溪村: the town (not in the divisions data) is a place of its own, written before the village in it;
    # a village whose own name ends like no town stays whole
    assert found(nlp, "走进叶坪乡洋溪村，村民正在采摘脐橙。", "Place") == {
        ("叶坪乡", "Place", "叶坪乡"), ("洋溪村", "Place", "洋溪村")}
    assert found(nlp, "走进大王庄村，村民正在采摘脐橙。", "Place") == {("大王庄村", "Place", "大王庄村")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # 和 inside a national association's name (中国 opens it); two bodies joined by 和 stay two
        ("中国石油和化学工业联合会发布名单。",
         {("中国石油和化学工业联合会", "Organization", "中国石油和化学工业联合会")}),
        ("国家发展改革委和财政部联合发文。",
         {("国家发展改革委", "Agency", "国家发展和改革委员会"), ("财政部", "Agency", "财政部")}),
    ],
)
def test_entities_and_inside_a_national_name_and_between_two(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a settlement's name (a surname, 家 and a settlement ending) is a proper part jieba does not know
        ("双方将共同推进董家口港区智慧物流园项目建设。",
         {("董家口港区智慧物流园项目", "Project", "董家口港区智慧物流园项目")}),
        ("大家共同推进物流园项目建设。", set()),
        # a district's short name opening a clause, on a page that names the district in full
        ("海门区举行签约仪式。海门经济技术开发区与甲集团有限公司签约。",
         {("海门区", "Place", "海门区"), ("海门经济技术开发区", "Place", "海门经济技术开发区"),
          ("甲集团有限公司", "Company", "甲集团有限公司")}),
    ],
)
def test_entities_settlement_names_and_short_names_of_districts_named(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a verb opens no community's name; a village named by a verb alone (建设村) or a road's (建设路) keeps it
    ("下一步，社区计划建设月川社区邻里服务中心。", {("月川社区", "Place")}),
    ("在建设路社区，居民开展活动。", {("建设路社区", "Place")}),
])
def test_entities_a_verb_before_a_settlement_opens_no_name(nlp, text, expected):
    assert {(m.text, m.type) for m in mentions(nlp, text) if m.type == "Place"} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a published list's title: its round and place, then its honours in quotes, name each honour
        ("区工业和信息化局公布2025年度钢城区“智能工厂”和“数字化车间”名单。",
         {("区工业和信息化局", "Agency", "区工业和信息化局"), ("钢城区", "Place", "钢城区"),
          ("2025年度钢城区“智能工厂”", "Award", "2025年度钢城区智能工厂"), ("数字化车间", "Award", "2025年度钢城区数字化车间")}),
        # a decision's title names its honour so too, and a title granted (“Y”称号) is named with its round and place
        ("宣读了《关于表彰2024年度钢城区“民营经济突出贡献企业”的决定》。",
         {("2024年度钢城区“民营经济突出贡献企业”", "Award", "2024年度钢城区民营经济突出贡献企业"), ("钢城区", "Place", "钢城区")}),
        ("总经理周明等5人被授予2024年度钢城区“优秀民营企业家”称号。",
         {("周明", "Official", "周明"), ("钢城区", "Place", "钢城区"),
          ("2024年度钢城区“优秀民营企业家”", "Award", "2024年度钢城区优秀民营企业家")}),
        # 认定为 a title in quotes: an honour (a certification), whoever is counted before the verb
        ("全区3家工厂被认定为“智能工厂”。", {("智能工厂", "Award", "智能工厂")}),
        # the round, the place and the batch written before the quotes open the honour's name; a body is its giver
        ("澄波产业园被评为2024年度钢城区“十佳产业园区”。",
         {("澄波产业园", "Project", "澄波产业园"), ("钢城区", "Place", "钢城区"),
          ("2024年度钢城区“十佳产业园区”", "Award", "2024年度钢城区十佳产业园区")}),
        ("上岚村被评为钢城区首批“茶乡振兴示范村”。",
         {("上岚村", "Place", "上岚村"), ("钢城区", "Place", "钢城区"),
          ("钢城区首批“茶乡振兴示范村”", "Award", "钢城区首批茶乡振兴示范村")}),
        ("副所长王晓梅获评钢城区公安分局“优秀共产党员”。",
         {("王晓梅", "Official", "王晓梅"), ("钢城区公安分局", "Agency", "钢城区公安分局"), ("钢城区", "Place", "钢城区"),
          ("优秀共产党员", "Award", "优秀共产党员")}),
    ],
)
def test_entities_honours_of_a_published_list_and_a_designation(nlp, text, expected):
    assert found(nlp, text) == expected


def test_entities_a_designation_of_a_park_is_an_honour(nlp):
    # 获批“国家现代农业产业园”: a rank (国家) and a head (产业园, honours.tsv) after an award verb name an honour
    assert found(nlp, "兰陵县获批“国家现代农业产业园”。") == {
        ("兰陵县", "Place", "兰陵县"), ("国家现代农业产业园", "Award", "国家现代农业产业园")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a body, then what it does to the work, opens no work's name (the words after are a kind: no name)
        ("海信集团有限公司投资建设新能源产业基地。", {("海信集团有限公司", "Company", "海信集团有限公司")}),
        ("区住建局投资建设老旧小区改造项目。", {("区住建局", "Agency", "区住房和城乡建设局")}),
        ("海信集团有限公司将在胶州市建设智能家电产业园项目。",
         {("海信集团有限公司", "Company", "海信集团有限公司"), ("胶州市", "Place", "胶州市")}),
        # ... nor an institution's: a centre built there is a kind, no name (钢城区 | 投资建设 | 研发中心)
        ("该公司在钢城区投资建设研发中心。", {("钢城区", "Place", "钢城区")}),
        # ... a work with a proper part after the verb is named from it
        ("海信集团有限公司投资建设即墨智能制造产业园。",
         {("海信集团有限公司", "Company", "海信集团有限公司"), ("即墨智能制造产业园", "Project", "即墨智能制造产业园"),
          ("即墨", "Place", "即墨")}),
        # a designation of a base after an award verb is an honour (产业基地 heads honours.tsv)
        ("齐鲁软件园已获评“国家火炬计划软件产业基地”。", {("国家火炬计划软件产业基地", "Award", "国家火炬计划软件产业基地")}),
    ],
)
def test_entities_a_body_and_its_verb_open_no_work_s_name(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a body publishing its own page is the body, named whole
        ("来源：潍坊市财政局", {("潍坊市财政局", "Agency", "潍坊市财政局"), ("潍坊市", "Place", "潍坊市")}),
        # a district's news centre is an outlet, named whole (not cut after 新闻)
        ("来源：城阳区新闻中心", {("城阳区新闻中心", "Organization", "城阳区新闻中心"), ("城阳区", "Place", "城阳区")}),
    ],
)
def test_entities_a_pages_source_line_names_its_body_or_outlet_whole(nlp, text, expected):
    assert found(nlp, text) == expected


def test_entities_a_firm_named_in_full_then_by_its_brand_and_trade(nlp):
    text = "甲区与杭州晟岳新材料科技股份有限公司签约，晟岳科技将投资。依托哈尔滨北菌生物科技有限公司，北菌生物负责供应。"
    assert found(nlp, text, "Company") == {
        ("杭州晟岳新材料科技股份有限公司", "Company", "杭州晟岳新材料科技股份有限公司"), ("晟岳科技", "Company", "晟岳科技"),
        ("哈尔滨北菌生物科技有限公司", "Company", "哈尔滨北菌生物科技有限公司"), ("北菌生物", "Company", "北菌生物")}
    # a brand and a trade on a page that names no such firm in full is no firm (青岛汽车)
    assert found(nlp, "青岛汽车产业发展迅速。", "Company") == set()


def test_entities_a_route_between_two_towns_named_in_full_is_one_work(nlp):
    # 甲镇至乙镇公路: the route's first end opens the work's name (no town "where the work is" cut off before 至)
    assert found(nlp, "田横镇至移风店镇公路改扩建工程开工。", "Project") == {
        ("田横镇至移风店镇公路改扩建工程", "Project", "田横镇至移风店镇公路改扩建工程")}


def test_entities_a_hospital_named_by_its_number_short(nlp):
    # 县一医院, 市二医院: the county's, the city's first or second people's hospital (abbreviations.tsv)
    assert found(nlp, "将在县一医院设立会诊中心，由钢城区二医院派出专家。", "Organization") == {
        ("县一医院", "Organization", "县第一人民医院"), ("钢城区二医院", "Organization", "钢城区第二人民医院")}


def test_entities_a_firms_short_name_after_a_preposition_jieba_glued_to_it(nlp):
    # 由宏耀 | 铝业: jieba reads the agent's 由 with the brand; the short name is still the firm's
    text = "钢城区宏耀铝业有限公司年产5万吨铝型材项目开工。该项目由宏耀铝业投资建设。"
    assert found(nlp, text, "Company") == {("宏耀铝业", "Company", "宏耀铝业")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # built by the builders after 由: a work
        ("中原科技城人工智能创新中心由甲区人民政府与乙公司共同建设。", {("中原科技城人工智能创新中心", "Project")}),
        # built together by the parties (共建), quoted or not: an institute, an industry college
        ("钢城区人民政府与翠岭大学共建钢城产业技术研究院。", {("翠岭大学", "Organization"), ("钢城产业技术研究院", "Project")}),
        ("宏耀股份与钢城技师学院签订协议，共建“新能源汽车产业学院”。",
         {("钢城技师学院", "Organization"), ("新能源汽车产业学院", "Project")}),
        # built by the verb before it, a school's branch named whole (校长 is no title across 学校 | 长安)
        ("长安区教育局投资建设石家庄市第二外国语学校长安分校。", {("石家庄市第二外国语学校长安分校", "Project")}),
        # where it is not built, it is what its suffix says
        ("石家庄市第二外国语学校长安分校校长李明介绍。", {("石家庄市第二外国语学校长安分校", "Organization")}),
        ("中原科技城人工智能创新中心主任王明表示，中心由专家委员会指导。", {("中原科技城人工智能创新中心", "Organization")}),
    ],
)
def test_entities_an_institution_the_sentence_builds_is_a_work(nlp, text, expected):
    assert {(n, t) for _, t, n in found(nlp, text) if t in ("Project", "Organization")} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # 山 ends mountains; listed among people, a surname first, it ends a person's name
        ("区领导王晓东、李慧敏、赵庆山出席会议。",
         {("王晓东", "Person"), ("李慧敏", "Person"), ("赵庆山", "Person")}),
        # among mountains it stays a mountain
        ("游客登上泰山、华山、黄山。", {("泰山", "Place"), ("华山", "Place"), ("黄山", "Place")}),
    ],
)
def test_entities_a_name_ending_as_places_do_listed_among_people_is_a_person(nlp_full, text, expected):
    # (the people beside it are the trained model's: the whole pipeline)
    assert {(m.name, m.type) for m in nlp_full(text)._.kg_mentions} == expected


def test_entities_a_name_of_two_padded_to_three_in_a_list_of_people_and_posts(nlp_full):
    # 魏  鹏    甲村党支部书记: a list pads a name of two to the width of three; the name is read without the padding
    doc = nlp_full("二、先进个人（3名）\n王晓梅    钢城区财政局副局长\n周  明    颜庄镇东高村党支部书记\n李建华    艾山街道办事处主任\n")
    assert {(m.name, m.text, m.type) for m in doc._.kg_mentions if m.type in ("Official", "Person")} == {
        ("王晓梅", "王晓梅", "Official"), ("周明", "周  明", "Official"), ("李建华", "李建华", "Official")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a state builder's numbered bureau is no count; a role word before the firm is no part of it
        ("施工单位中铁二十五局集团有限公司落实防汛措施。", {("中铁二十五局集团有限公司", "Company")}),
        # the trade right before the legal form is the firm's (服务 ends names elsewhere)
        ("长安区卫生健康局联合石家庄仁和养老服务有限公司建设。",
         {("长安区卫生健康局", "Agency"), ("石家庄仁和养老服务有限公司", "Company")}),
        # a bureau's branch in a place is named after the bureau
        ("青岛市公安局崂山分局局长王军出席。", {("青岛市公安局崂山分局", "Agency")}),
        ("区投资促进局、区自然资源和规划分局负责人参加活动。",
         {("区投资促进局", "Agency"), ("区自然资源和规划分局", "Agency")}),
    ],
)
def test_entities_firms_and_bureaus_named_with_numbers_trades_and_branches(nlp, text, expected):
    assert {(n, t) for n, t, _ in found(nlp, text) if t in ("Company", "Agency")} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a list of trades before 等…企业 names no firm
        ("建成后将吸引电池、电机、电控等配套企业60余家。", set()),
        ("吸引钢铁、化工等企业入驻。", set()),
        # trades of two words jieba knows (硅 | 材料, 光伏 | 组件)
        ("先后引进硅材料、光伏组件、铝型材等上下游企业17家。", set()),
        # brands do
        ("引进海尔、格力、美的等企业。", {"海尔", "格力", "美的"}),
    ],
)
def test_entities_a_list_of_trades_before_a_kind_of_firm_names_no_firm(nlp, text, expected):
    assert {n for _, t, n in found(nlp, text) if t == "Company"} == expected


def test_entities_a_title_in_quotes_before_its_word_is_an_honour_and_ends_in_no_place(nlp):
    text = "会议授予区工业和信息化局等8个单位“2024年度城阳区招商引资先进街道”称号。"
    assert found(nlp, text) == {("区工业和信息化局", "Agency", "区工业和信息化局"), ("城阳区", "Place", "城阳区"),
                                ("2024年度城阳区招商引资先进街道", "Award", "2024年度城阳区招商引资先进街道")}


def test_entities_a_trade_the_tagger_reads_as_a_place_is_none(nlp_full):
    doc = nlp_full("本次签约的12个项目涵盖海洋装备、新能源、生物医药等领域，来自日本。")
    assert {(m.name, m.type) for m in doc._.kg_mentions if m.type == "Place"} == {("日本", "Place")}


def test_entities_a_community_written_after_its_town_is_a_place_there_and_elsewhere_in_the_article(nlp):
    text = "近日，惠民县孙武街道鼓楼社区新建的邻里服务中心投入使用。鼓楼社区党委书记胡秀云介绍。"
    assert {(m.text, m.type) for m in mentions(nlp, text) if m.type == "Place"} == {
        ("惠民县", "Place"), ("孙武街道", "Place"), ("鼓楼社区", "Place")}
    assert [m.start for m in mentions(nlp, text) if m.text == "鼓楼社区"] == [10, text.index("鼓楼社区党委")]
    # a common word and 社区 after no town is no place's name
    assert {m.text for m in mentions(nlp, "鼓楼社区党委书记胡秀云介绍。") if m.type == "Place"} == set()


@pytest.mark.parametrize(
    "text,expected",
    [
        # what one does to a project (了解 | 项目) opens no project's name
        ("在云南滇能新能源电池产业园，王立新详细了解项目进度。", {("云南滇能新能源电池产业园", "Project"), ("云南", "Place")}),
        # a reform's slogan in quotes ending in 办 is no body; a body in quotes still is one
        ("察看“一窗通办”改革落实情况。", set()),
        ("“区城市更新办”负责协调。", {("区城市更新办", "Agency")}),
        # a government's portal is the government, publishing on its own site (a news site stays an outlet)
        ("来源：南宁市人民政府门户网站", {("南宁市人民政府", "Agency"), ("南宁市", "Place")}),
        ("来源：钢城区人民政府网", {("钢城区人民政府", "Agency"), ("钢城区", "Place")}),
        ("来源：钢城新闻网", {("钢城新闻网", "Organization"), ("钢城", "Place")}),
    ],
)
def test_entities_verbs_slogans_and_portals(nlp, text, expected):
    assert {(t, ty) for t, ty, _ in found(nlp, text)} == expected


def test_entities_a_years_round_of_a_prize_opens_its_name(nlp):
    assert found(nlp, "甲公司荣获2024年度青岛市科学技术进步奖二等奖。", "Award") == {
        ("2024年度青岛市科学技术进步奖二等奖", "Award", "2024年度青岛市科学技术进步奖二等奖")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # named after the proper part of a place the text names
        ("在纸坊街道，王振宇一行察看了纸坊老城片区城市更新项目。", "纸坊老城片区城市更新项目"),
        # a yearly output's figure is no count (and the firm written in full right before it opens the name)
        ("来到湖北楚屹光电科技有限公司年产500万片车载显示模组项目建设现场。", "湖北楚屹光电科技有限公司年产500万片车载显示模组项目"),
        ("来到该公司年产500万片车载显示模组项目建设现场。", "年产500万片车载显示模组项目"),
        # nor is a school's kind (九年一贯制); the school named in full, its district with it, names its work
        ("此次开工的浑南区白塔九年一贯制学校建设工程位于白塔街道。", "浑南区白塔九年一贯制学校建设工程"),
    ],
)
def test_entities_works_named_after_places_outputs_and_school_kinds(nlp, text, expected):
    assert {n for _, t, n in found(nlp, text) if t == "Project"} == {expected}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a ministry's unit with no proper name of its own is named with the ministry
        ("工业和信息化部办公厅印发通知。", {("工业和信息化部办公厅", "Agency")}),
        # stationed in a village (驻村) names no village; 农业农村委 is a body
        ("区农业农村委驻村第一书记谢文博介绍。", {("区农业农村委", "Agency")}),
    ],
)
def test_entities_ministry_units_and_bodies_before_a_village_post(nlp, text, expected):
    assert {(n, t) for n, t, _ in found(nlp, text) if t != "Official"} == expected


def test_entities_the_agents_by_glued_to_a_towns_first_character_opens_no_name(nlp):
    # jieba reads 由马 (a word of its dictionary it has never counted): 由 still ends the name on its left
    assert found(nlp, "新校区由马山镇人民政府投资建设。", "Agency") == {("马山镇人民政府", "Agency", "马山镇人民政府")}


def test_entities_warehousing_centres_and_berths_are_works(nlp):
    # 仓储中心 and 泊位 end the names of works; the figure or the unknown brand makes them names
    assert found(nlp, "翔越跨境电商仓储中心开工，港区5万吨级通用泊位建成。", "Project") == {
        ("翔越跨境电商仓储中心", "Project", "翔越跨境电商仓储中心"), ("港区5万吨级通用泊位", "Project", "港区5万吨级通用泊位")}


def test_entities_a_work_named_by_its_yearly_output_of_two_things(nlp):
    # 年产2万吨甲 | 及 | 乙项目: what is made, in parts, after the yearly output; 和 and 及 elsewhere part two names
    assert found(nlp, "年产2万吨高纯硅粉及深加工项目开工，甲路改造工程及乙桥修缮工程完工。", "Project") == {
        ("年产2万吨高纯硅粉及深加工项目", "Project", "年产2万吨高纯硅粉及深加工项目"),
        ("甲路改造工程", "Project", "甲路改造工程"), ("乙桥修缮工程", "Project", "乙桥修缮工程")}


@pytest.mark.parametrize("text,expected", [
    # a road written after its town or zone is a name of its own: 甲乙街道 | 翠湖路, 钢城经济开发区 | 汶源五路
    ("项目位于甲乙街道翠湖路以南。", {"甲乙街道", "翠湖路"}),
    ("项目位于钢城经济开发区汶源五路以东、棋山二路以南。", {"钢城经济开发区", "汶源五路", "棋山二路"}),
    # 镇江 makes a word: the road is 甲镇江路, no town's
    ("甲镇江路改造完成。", {"甲镇江路"}),
])
def test_entities_a_road_after_its_town_or_zone(nlp, text, expected):
    assert {n for _, _, n in found(nlp, text, "Place")} == expected


@pytest.mark.parametrize("text,expected", [
    # a town written with its unit opens a work's name, though its name is a common word to jieba (溪流) and no
    # division's: the town makes the work's name proper
    ("溪流镇高标准农田建设项目开工。", {("溪流镇高标准农田建设项目", "Project", "溪流镇高标准农田建设项目")}),
    # a unit that ends a common word (城镇) or follows a scope word (全镇, 该镇) names no town
    ("城镇老旧小区改造项目开工。", set()),
    ("全镇重点项目开工。", set()),
    # a place the suffixes name inside a work's name (…历史文化街区 | 保护提升工程): the work's own words are counted
    # from it, so the name is no long description
    ("钢城区澄波老街历史文化街区保护提升工程开工。", {
        ("钢城区", "Place", "钢城区"), ("澄波老街历史文化街区", "Place", "澄波老街历史文化街区"),
        ("澄波老街历史文化街区保护提升工程", "Project", "澄波老街历史文化街区保护提升工程")}),
])
def test_entities_a_work_named_after_a_town_whose_name_is_a_common_word(nlp, text, expected):
    assert found(nlp, text) == expected


def test_entities_a_village_opening_with_a_bearing_after_its_town(nlp):
    # 澄岭 | 镇西 | 岚村: jieba reads the town's unit with the bearing that opens the village's name; the town and the
    # village are two places (and the work named after them keeps both)
    assert found(nlp, "澄岭镇西岚村果蔬冷链仓储设施项目已开工。") == {
        ("澄岭镇西岚村果蔬冷链仓储设施项目", "Project", "澄岭镇西岚村果蔬冷链仓储设施项目"), ("澄岭镇", "Place", "澄岭镇"),
        ("西岚村", "Place", "西岚村")}


def test_entities_a_village_of_common_words_after_a_town_its_suffix_names(nlp):
    # 甲乙街道 | 利民社区, 颜庄镇 | 幸福村: a town the divisions data lacks (or reached by its suffix) vouches for the
    # community written after it, and for the same community written alone later in the text
    assert found(nlp, "在甲乙街道利民社区，他察看了进展。利民社区居民表示满意。", "Place") == {
        ("甲乙街道", "Place", "甲乙街道"), ("利民社区", "Place", "利民社区")}


@pytest.mark.parametrize("text,expected", [
    # 和 | 县…: a conjunction and the scope word of a county's body, inside a clause (both sources, the divisions
    # data's and the trained model's, read it so)
    ("镇中心小学运动场改造和县职教中心实训楼等5个项目开工。", set()),
    ("我们还和县供销社签了协议。", set()),
    # after a bracket closing the words before (各镇（街道）| 和 | 县直…); a joining verb of boundaries.txt (将 | 会同 |
    # 县财政局): no 会同县 of Hunan
    ("各镇（街道）和县直有关部门要加快推进。", set()),
    ("县发展改革局将会同县财政局开展督导。", set()),
    # 和县, 会同县 themselves: opening a clause, or after the city or province they are in
    ("和县召开会议。", {"和县"}),
    ("马鞍山市和县召开会议。", {"马鞍山市", "和县"}),
    ("湖南省会同县召开会议。", {"湖南省", "会同县"}),
])
def test_entities_a_conjunction_before_a_scope_word_is_no_county(nlp_full, text, expected):
    assert {n for _, _, n in found(nlp_full, text, "Place")} == expected


def test_entities_a_county_written_short_right_after_its_city_is_a_place(nlp_full):
    # 曲靖 | 沾益 | 澄岭建材有限公司: jieba keeps 沾益 as a verb; right after its city it is the county, and the firm's
    # name opens with both; after a province (广东 | 顺德…) the short name stays the firm's words
    assert {f for f in found(nlp_full, "曲靖沾益澄岭建材有限公司、广东顺德翠岭科技有限公司获评诚信企业。")
            if f[1] in ("Place", "Company")} == {
        ("曲靖沾益澄岭建材有限公司", "Company", "曲靖沾益澄岭建材有限公司"), ("曲靖", "Place", "曲靖"), ("沾益", "Place", "沾益"),
        ("广东顺德翠岭科技有限公司", "Company", "广东顺德翠岭科技有限公司"), ("广东", "Place", "广东")}


def test_entities_a_route_from_a_town_written_short_names_the_road(nlp):
    # 颜庄 (颜庄镇 written short) 至 艾山街道 …公路: both ends name the work
    assert found(nlp, "颜庄至艾山街道旅游公路提升改造工程全长21.6公里。", "Project") == {
        ("颜庄至艾山街道旅游公路提升改造工程", "Project", "颜庄至艾山街道旅游公路提升改造工程")}


@pytest.mark.parametrize("text,expected", [
    # a road named by its two ends, with no 工程 after it, is a work where its sentence builds it
    ("颜庄镇至艾山街道旅游公路是今年全区重点工程。", {("颜庄镇至艾山街道旅游公路", "route_work")}),
    ("去年建成的上岚村至东高村道路方便了群众出行。", {("上岚村至东高村道路", "route_work")}),
    ("钢城区颜庄镇至里辛街道公路建成通车。", {("颜庄镇至里辛街道公路", "route_work")}),
    # where it is no work: a road that is there (沿…公路), and a longer work named in full
    ("沿颜庄镇至艾山街道公路分布着5个村。", set()),
    ("颜庄镇至艾山街道公路（简称“颜艾公路”）改扩建工程全长18.6公里。", set()),
    ("颜庄镇至艾山街道公路改建工程开工。", {("颜庄镇至艾山街道公路改建工程", "suffix")}),
])
def test_entities_a_road_named_by_its_ends_is_a_work_where_it_is_built(nlp, text, expected):
    assert {(m.name, m.rule) for m in mentions(nlp, text) if m.type == "Project"} == expected


def test_entities_a_road_named_by_its_ends_with_a_work_named_after_it_is_a_place(nlp):
    # 甲镇至乙街道公路（简称…）改扩建工程: the road is the place worked on
    text = "颜庄镇至艾山街道公路（简称“颜艾公路”）改扩建工程全长18.6公里。"
    assert {(m.name, m.type, m.rule) for m in mentions(nlp, text) if m.rule.startswith("route")} == {
        ("颜庄镇至艾山街道公路", "Place", "route_road")}


@pytest.mark.parametrize("text,expected", [
    # an institution a clause opens and says is built is a work, named from the clause's start
    ("今年，上岚社区老年助餐中心由艾山街道办事处投资96万元建设，3月底投入运营。", {("上岚社区老年助餐中心", "built_work")}),
    # not one run by someone (运营), nor one named after words opening no clause
    ("上岚社区老年助餐中心由艾山街道办事处负责运营。", set()),
    ("新建的上岚社区老年助餐中心由艾山街道办事处投资建设。", set()),
])
def test_entities_an_institution_a_clause_says_is_built_is_a_work(nlp, text, expected):
    assert {(m.name, m.rule) for m in mentions(nlp, text) if m.type == "Project"} == expected


@pytest.mark.parametrize("text,expected", [
    ("东坡村地处武夷山脉南端。", {("东坡村", "suffix"), ("武夷山脉", "suffix")}),  # 山脉: a mountain range
    ("钢城综合实验区位于山东。", {("钢城综合实验区", "suffix"), ("山东", "place_gazetteer")}),  # 实验区: a pilot zone
])
def test_entities_mountain_ranges_and_pilot_zones(nlp, text, expected):
    assert {(m.name, m.rule) for m in mentions(nlp, text) if m.type == "Place"} == expected


def test_entities_a_work_named_with_two_latin_words(nlp):
    # Micro LED芯片…项目: the space between two Latin words is inside the name; a space after a CJK word ends one
    assert found(nlp, "建设的Micro LED芯片产业化项目开工，甲公司 LED项目投产。", "Project") == {
        ("Micro LED芯片产业化项目", "Project", "Micro LED芯片产业化项目"), ("LED项目", "Project", "LED项目")}


def test_entities_people_of_a_counted_list_each_after_their_body(nlp):
    # 甲局赵某、乙局刘某等10名同志: each name right after its body is the person, a Person even after an agency (the
    # text gives no post, GUIDE §2); one name after a body, with no list, none
    text = "钢城区商务局赵晓东、甲乙机械有限公司刘海燕等10名同志获评先进个人。"
    assert {(t, n) for _, t, n in found(nlp, text) if t in ("Official", "Person")} == {
        ("Person", "赵晓东"), ("Person", "刘海燕")}
    assert {(t, n) for _, t, n in found(nlp, "钢城区商务局赵晓东获评先进个人。") if t in ("Official", "Person")} == set()


def test_entities_a_name_of_the_hui_surname_na_after_a_post(nlp):
    # 纳 is a family name (of many Hui families); 纳入 after a name is still the verb
    assert found(nlp, "副县长纳金海出席。将其纳入项目库。", "Official") == {("纳金海", "Official", "纳金海")}


def test_entities_a_county_ending_like_a_prize_opens_a_firms_name(nlp):
    # 枣强县 ends in 强县 (of 百强县, a prize's word): a county of the divisions data, it opens the firm's name
    assert found(nlp, "枣强县华州皮毛有限公司签订协议。", "Company") == {
        ("枣强县华州皮毛有限公司", "Company", "枣强县华州皮毛有限公司")}


def test_entities_a_banners_bodies_and_posts(nlp):
    # 旗 (a banner, Inner Mongolia's county): 旗委, 旗商务局 and the posts of its government, 旗长 and 副旗长
    assert found(nlp, "旗委书记包立新主持会议，旗长刘志国作报告，副旗长王明和旗商务局局长赵红出席。") == {
        ("旗委", "Agency", "旗委"), ("包立新", "Official", "包立新"), ("刘志国", "Official", "刘志国"),
        ("王明", "Official", "王明"), ("旗商务局", "Agency", "旗商务局"), ("赵红", "Official", "赵红")}


def test_entities_the_safety_and_flood_offices_by_their_short_names(nlp):
    # 安委办, 防汛办 and 防指: the work-safety committee's office, the flood-control office and headquarters
    text = "县安委办主任王刚、县防汛办副主任李红、县防指副指挥长赵明出席。"
    assert found(nlp, text) == {
        ("县安委办", "Agency", "县安全生产委员会办公室"), ("王刚", "Official", "王刚"),
        ("县防汛办", "Agency", "县防汛抗旱指挥部办公室"), ("李红", "Official", "李红"),
        ("县防指", "Agency", "县防汛抗旱指挥部"), ("赵明", "Official", "赵明")}


def test_entities_a_firm_named_by_its_brand_after_a_province_and_a_county_jieba_reads_as_a_word(nlp):
    # 河北 | 无极 | 瑞丰纸业有限公司: 无极 (无极县, inside 河北) is a place, so 瑞丰纸业 is the firm's short name
    text = "河北无极瑞丰纸业有限公司是一家老企业。瑞丰纸业总经理王海涛介绍了情况。"
    assert {n for _, t, n in found(nlp, text) if t == "Company"} == {"河北无极瑞丰纸业有限公司", "瑞丰纸业"}


def test_entities_a_firm_named_without_its_last_trade_word(nlp):
    text = "包河区与安徽凌锐智驾科技有限公司签约。凌锐智驾总经理孙启航作为企业代表发言。"
    assert {n for _, t, n in found(nlp, text) if t == "Company"} == {"安徽凌锐智驾科技有限公司", "凌锐智驾"}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a rare proper word and the character after it are a brand (恒瑞 | 达), not a boundary
        ("烟台智能装备产业园项目由烟台恒瑞达投资发展有限公司投资建设。", ("Company", {"烟台恒瑞达投资发展有限公司"})),
        # a character and a boundary word right after a county are the brand (茶都: the tea capital), no adverb
        ("钢城区茶都商贸有限公司成立。", ("Company", {"钢城区茶都商贸有限公司"})),
        # 以北 (north of), as jieba reads it, opens no place's name
        ("崂山区以北宅街道为重点推进数字乡村建设。", ("Place", {"崂山区", "北宅街道"})),
        # where one went (来到) opens no body's name; a unit named after its institution is one (the institution
        # stands inside it)
        ("随后，张学峰来到曲阜师范大学孔子文化研究院座谈交流。", ("Organization", {"曲阜师范大学孔子文化研究院"})),
    ],
)
def test_entities_brands_prepositions_and_units_at_the_edges_of_names(nlp, text, expected):
    type_, names = expected
    assert {n for _, t, n in found(nlp, text) if t == type_} == names


def test_entities_a_person_found_once_is_found_where_the_name_is_written_again(nlp_full):
    # jieba reads 由常晓岚 as one word: the title named her once; a name no other person's holds (王静 of 王静华)
    doc = nlp_full("副区长常晓岚主持会议。由常晓岚任组长。局长王静出席。王静华表示。")
    assert [(m.text, m.type, m.rule) for m in doc._.kg_mentions if m.type in ("Official", "Person")] == [
        ("常晓岚", "Official", "title_name"), ("常晓岚", "Official", "named_again"),
        ("王静", "Official", "title_name"), ("王静华", "Person", "kg_ner")]


def test_entities_a_person_after_a_workplace_and_a_job_no_title_names(nlp_full):
    # 制茶师, 电工: jobs ending as jobs do (job_endings.txt) introduce the name after them; a word that is no job
    # (公司施工: 工 ends it, but no name follows) introduces none, nor does the start of a title kg knows (总工 of
    # 总工程师: 程 is no name's first character there), nor a job's characters a word runs on over (翠岭小学新建 | 工程
    # 规划…: 工程 is a word, 新建工 no job, 程规划 no name)
    doc = nlp_full("钢城区宏耀茶业有限公司制茶师桑晓岚获得一等奖。钢城区宏耀机械厂电工赵晓东表示。钢城区天铭建设有限公司施工进度加快。"
                   "周明同志任钢城区住房和城乡建设局总工程师。翠岭小学新建工程规划办学规模36个班。")
    assert {(m.text, m.type) for m in doc._.kg_mentions if m.type in ("Official", "Person")} == {
        ("桑晓岚", "Person"), ("赵晓东", "Person"), ("周明", "Official")}


def test_entities_a_towns_institution_jieba_tags_as_a_name_is_no_proper_part(nlp):
    # 敬老院 (jieba: nr) is a kind of institution: a town the divisions data lacks before it stays in the work's name
    # (a work of common words), which runs on over 改造 to its kind word 项目
    assert {(m.text, m.type) for m in mentions(nlp, "资金用于翠岭街道敬老院改造提升项目。")} == {
        ("翠岭街道敬老院改造提升项目", "Project"), ("翠岭街道", "Place")}


def test_entities_a_former_post_s_words_open_the_body_after_them(nlp_full):
    # 此前任, 曾任: the person's former post follows; the words are no part of the body's name
    doc = nlp_full("周明此前任颜庄镇党委副书记。赵晓东曾任钢城区财政局副局长。")
    assert {(m.text, m.type) for m in doc._.kg_mentions if m.type in ("Agency", "Place")} == {
        ("颜庄镇党委", "Agency"), ("钢城区财政局", "Agency"), ("钢城区", "Place")}


def test_entities_a_working_body_s_name_runs_over_a_word_jieba_opens_inside_it(nlp):
    # 重点 opens jieba's word 重点项目 there: no boundary inside a working body's name
    assert found(nlp, "会议宣布成立钢城区重点项目建设工作专班。") == {
        ("钢城区重点项目建设工作专班", "Agency", "钢城区重点项目建设工作专班"), ("钢城区", "Place", "钢城区")}


@pytest.mark.parametrize("text, expected", [
    # jieba reads 和 | 美 | 乡村: no name opens inside an everyday word of policy news (和美乡村)
    ("建设和美乡村示范村。", set()),
    ("艾山街道上岚村获评和美乡村示范村。", {("艾山街道", "Place"), ("上岚村", "Place")}),
])
def test_entities_no_name_opens_inside_an_everyday_word(nlp, text, expected):
    assert {(n, t) for _, t, n in found(nlp, text)} == expected


@pytest.mark.parametrize("text, expected", [
    # an event's or a contest's year or edition is part of its name
    ("第九届钢城茶制茶技能大赛在艾山街道举行。", {("第九届钢城茶制茶技能大赛", "Award")}),
    ("首届钢城茶产业博览会在艾山街道举行。", {("首届钢城茶产业博览会", "Project")}),
    # 大会 names an event only after its year or edition; alone it ends a meeting
    ("2025钢城茶产业发展大会在艾山街道举行。", {("2025钢城茶产业发展大会", "Project")}),
    ("钢城茶产业发展大会在艾山街道举行。", set()),
    ("钢城区召开城市更新动员大会。", set()),
    # an edition makes a contest's name proper where no place or proper word is in it, and a cup in quotes is part of it
    ("由区文旅局主办的第二届全国乡村文旅创意大赛总决赛在艾山街道举行。", {("第二届全国乡村文旅创意大赛", "Award")}),
    ("第三届“澄波杯”乡村文旅创意大赛在艾山街道举行。", {("第三届“澄波杯”乡村文旅创意大赛", "Award")}),
    ("全国乡村文旅创意大赛在艾山街道举行。", set()),
    # a forum, a seminar, an exchange or a meeting pushing work on are events after their year or edition too; the
    # first of two names joined by 暨 is no event of its own
    ("2026年全国智慧茶园创新发展交流会在艾山街道举行。", {("2026年全国智慧茶园创新发展交流会", "Project")}),
    ("第二届钢城茶产业论坛在艾山街道举行。", {("第二届钢城茶产业论坛", "Project")}),
    ("钢城区召开重点项目推进会。", set()),
    ("2026钢城茶产业论坛暨翠岭茶艺大赛在艾山街道举行。", {("翠岭茶艺大赛", "Award")}),
    # after its year an event's name may run long, and the places it is of may open it before the year
    ("2026年全国县域商业体系建设工作现场推进会在艾山街道召开。", {("2026年全国县域商业体系建设工作现场推进会", "Project")}),
    ("即墨区2026年重点项目建设工作推进会召开。", {("即墨区2026年重点项目建设工作推进会", "Project")}),
])
def test_entities_events_named_with_their_edition(nlp, text, expected):
    assert {(n, t) for _, t, n in found(nlp, text) if t in ("Award", "Project")} == expected


def test_entities_a_place_left_after_a_firms_trade_word_is_no_brand(nlp):
    text = "兰州黄河文化传媒有限公司协办。2025兰州黄河文化旅游节开幕。"
    assert {n for _, t, n in found(nlp, text) if t == "Company"} == {"兰州黄河文化传媒有限公司"}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a city's short name opening a community's or a road's name names no city there
        ("新区街道丽水社区党委书记宋玉兰介绍。", {"新区街道"}),
        ("济南市青岛路改造工程开工。", {"济南市", "青岛路"}),
        # a division's full name before a village is one
        ("青岛市即墨区通济街道前枣杭村。", {"青岛市", "即墨区", "通济街道", "前枣杭村"}),
    ],
)
def test_entities_a_short_name_opening_a_community_or_road_is_no_place_of_its_own(nlp, text, expected):
    assert {n for _, t, n in found(nlp, text) if t == "Place"} == expected


def test_entities_a_working_method_in_quotes_is_no_work(nlp):
    assert found(nlp, "丽水社区推行“红色物业”工作法，成效明显。", "Project") == set()
    # a quoted speech before 项目负责人 is no work's name: a clause ends inside it
    assert found(nlp, "“目前项目进度完成60%，主体已封顶。”项目负责人王立新介绍。", "Project") == set()
    assert found(nlp, "全面启动“春雨行动”项目。", "Project") == {("“春雨行动”项目", "Project", "“春雨行动”项目")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a quoted name inside a work's name is part of it; the slogan it quotes is no place
        ("支持禹城市辛寨镇“四好农村路”示范路建设工程。", {("“四好农村路”示范路建设工程", "Project"), ("禹城市", "Place"),
                                           ("辛寨镇", "Place")}),
        # a list introduced by 分别为 starts after it
        ("另外两个项目分别为成山头康养度假区项目和荣成海带精深加工项目。", {("荣成海带精深加工项目", "Project"), ("荣成", "Place")}),
    ],
)
def test_entities_quoted_names_inside_works_and_lists_after_fenbiewei(nlp, text, expected):
    assert {(n, t) for _, t, n in found(nlp, text)} == expected


def test_entities_a_slogan_after_a_kind_word_introduces_no_list(nlp):
    # 项目 | 为 reads like a kind word introducing its items (项目为甲、乙); the items start after 为, so the
    # clause before it (牢固树立“项目为王”理念) and the list before the slogan (甲县委、县政府坚持…) are no works
    assert found(nlp, "会议强调，全县上下要牢固树立“项目为王”理念，对签约项目实行专班推进。", "Project") == set()
    assert found(nlp, "今年以来，武城县委、县政府坚持“项目为王”，先后实施重点项目40个。", "Project") == set()


def test_entities_a_shorter_title_inside_a_longer_one_jieba_does_not_read(nlp):
    # jieba reads 镇党委 | 副 | 书记: 党委副书记 starts inside a word, 副书记 is the title
    assert found(nlp, "会上，镇党委副书记韩立新作表态发言。", "Official") == {("韩立新", "Official", "韩立新")}


@pytest.mark.parametrize("text,names", [
    ("县财政局局长何其涛汇报了预算执行情况。", {"何其涛"}),  # jieba: 何其 (a conjunction) | 涛 | 汇报
    ("县水务局局长梅子峰汇报了汛期准备情况。", {"梅子峰"}),  # jieba: 梅子 (plum) | 峰 | 汇报
    ("甲公司总经理刘阳与甲马营镇党委书记孙莉代表双方签约。", {"刘阳", "孙莉"}),  # 代 opens 代表: no third character
    ("副市长李代明出席。", {"李代明"}),  # 代 in a given name where it opens no word
    ("县教育局局长葛向东介绍，学校将于9月开学。", {"葛向东"}),  # jieba: 葛 | 向东 | 介绍: 向 opens the given name
])
def test_entities_where_the_name_after_a_title_ends(nlp, text, names):
    assert found(nlp, text, "Official") == {(n, "Official", n) for n in names}


def test_entities_a_zone_before_the_building_verb_opens_no_works_name(nlp):
    # 在武城经济开发区 | 建设 | P: the zone (named by its suffix, not the divisions data) is where, not part of P
    assert found(nlp, "宏达集团计划投资12亿元，在武城经济开发区建设黔茗茶叶精深加工产业园。", "Project") == {
        ("黔茗茶叶精深加工产业园", "Project", "黔茗茶叶精深加工产业园")}


@pytest.mark.parametrize("text,expected", [
    # after an adverb the kind word is a verb: no work is named (全区共 | 改造 | 老旧小区56个)
    ("2024年全区共改造老旧小区56个，惠及居民7800余户。", set()),
    # a word jieba tags a verb names the road whose kind word follows it (博望 | 大道): part of the work's name
    ("博望大道东延工程由陕西秦巴路桥工程有限公司承建。", {("博望大道东延工程", "Project", "博望大道东延工程")}),
])
def test_entities_an_adverb_before_a_kind_word_and_a_verb_naming_a_road(nlp, text, expected):
    assert found(nlp, text, "Project") == expected


@pytest.mark.parametrize("text,expected", [
    # jieba glues the copula to the brand before it (浩洋海 | 工是): no firm's name spans 是
    ("浩洋海工是中海浩洋重工集团在江苏设立的全资子公司。", {("中海浩洋重工集团", "Company", "中海浩洋重工集团")}),
    # a verb of urging (叮嘱) stands before the body urged: no name spans it, nor the person before it
    ("王立新叮嘱县城投集团加快施工进度。", set()),
])
def test_entities_no_firms_name_spans_a_copula_or_a_verb_of_urging(nlp, text, expected):
    assert found(nlp, text, "Company") == expected


def test_entities_a_ministry_before_deng_that_jieba_glues_to_it(nlp):
    # jieba reads 交通运输 | 部等: the ministry ends inside a word, before the 等 of a list (not 教育 | 部门)
    assert found(nlp, "武城县去年被交通运输部等四部门命名为示范县。", "Agency") == {("交通运输部", "Agency", "交通运输部")}
    assert found(nlp, "加强教育部门协作。", "Agency") == set()


@pytest.mark.parametrize("text,expected", [
    # names written with a middle dot run over both parts (the first read as one word or two)
    ("来源：伊犁日报 记者 古丽巴哈尔·艾买提 通讯员 王立新", {("古丽巴哈尔·艾买提", "Person"), ("王立新", "Person")}),
    ("网格员阿依努尔·司马义已经开始了入户走访。", {("阿依努尔·司马义", "Official")}),
    ("社区书记米热古丽·托合提带领居民打扫卫生。", {("米热古丽·托合提", "Official")}),
    # after a post's title the dot marks the name, no family name needed; the last part ends before a verb (要)
    ("副总经理阿不都克力木·吐尔逊介绍，企业正在筹划。", {("阿不都克力木·吐尔逊", "Official")}),
    ("市委常委、副市长艾尔肯·吾斯曼要牵头抓总。", {("艾尔肯·吾斯曼", "Official")}),
    # the syllables such names are written with go on whatever jieba reads there (阿 | 不 | 都, 赛 | 德尔)
    ("副县长努尔兰·阿不都到艾山街道调研。", {("努尔兰·阿不都", "Official")}),
    ("镇长阿依夏·赛德尔陪同调研。", {("阿依夏·赛德尔", "Official")}),
    # a credit's label before one such name names it whole, not the end that opens with a family name
    ("来源：钢城区融媒体中心　作者：阿依夏·米吉提\n", {("阿依夏·米吉提", "Person")}),
    # a dot after everyday words joins two outlets, not a person's name
    ("区长王立新走访大众报业·半岛网。", {("王立新", "Official")}),
    # the last part ends with a name's piece jieba knows (加纳 | 别克), a stop after it
    ("副主任叶尔兰·加纳别克，男，哈萨克族。", {("叶尔兰·加纳别克", "Official")}),
])
def test_entities_a_name_written_with_a_middle_dot(nlp, text, expected):
    assert {(n, t) for _, t, n in found(nlp, text) if t in ("Person", "Official")} == expected


@pytest.mark.parametrize("text,expected", [
    # towns written without their unit, in a list the count and the unit close: each is a town of that unit
    ("风光带提质改造工程途经来龙门、阳三石两个街道。", {("来龙门", "来龙门街道"), ("阳三石", "阳三石街道")}),
    ("项目覆盖东关、西关、南关等5个村。", {("东关", "东关村"), ("西关", "西关村"), ("南关", "南关村")}),
    # other kinds of things are no places
    ("教育、卫生两个领域同步推进。", set()),
])
def test_entities_places_written_without_their_unit_in_a_counted_list(nlp, text, expected):
    assert {(m.text, m.name) for m in mentions(nlp, text) if m.type == "Place"} == expected


def test_entities_a_zone_word_opening_with_a_boundary_words_character(nlp):
    # jieba reads 子牙经 | 开区: the 经 of 经开区 (a zone's word) is no boundary word there
    assert found(nlp, "子牙经开区管委会副主任王立新表示，园区将加快建设。", "Agency") == {
        ("子牙经开区管委会", "Agency", "子牙经开区管委会")}


def test_entities_a_rare_shandong_surname_opens_an_official_after_a_title(nlp):
    assert found(nlp, "镇党委书记綦光明说，项目建成后可带动周边6个村增收。", "Official") == {("綦光明", "Official", "綦光明")}


def test_entities_a_towns_justice_office_is_a_body_and_ends_its_name(nlp):
    # 司法所 ends a government body's name (suffixes.tsv), so 和 after it parts it from the next body
    assert {(n, t) for _, t, n in found(nlp, "甲马营镇司法所和后屯村村民委员会联合开展调解。")} == {
        ("甲马营镇司法所", "Agency"), ("甲马营镇", "Place"), ("后屯村村民委员会", "Agency")}


@pytest.mark.parametrize("text", [
    "云南滇衡路桥建设有限公司以EPC工程总承包方式承建。",  # a way of contracting, no work
    "弥勒市委书记杞正文宣布工程开工。",  # 宣布 (boundaries.txt) ends a name on its left: the bare 工程 is none
])
def test_entities_no_work_in_a_way_of_contracting_or_after_an_announcing_verb(nlp, text):
    assert found(nlp, text, "Project") == set()


def test_entities_a_conjunction_after_a_names_suffix_joins_two_names(nlp):
    # 研究中心 | 和文 | 旅…: jieba glues 和 to the next word, yet after a suffix it parts two names
    assert found(nlp, "研究院下设数字遗产保护研究中心和文旅融合发展研究中心。", "Organization") == set()


def test_entities_a_post_s_title_opening_with_a_work_s_suffix_ends_no_work(nlp):
    # 项目经理 (titles.tsv) opens at 项目, where jieba reads 建设项目 | 经理: no Project 甲建设项目
    assert found(nlp, "嘉禾建设项目经理刘海峰介绍，工程进展顺利。", "Project") == set()
    assert found(nlp, "嘉禾建设项目开工，项目经理刘海峰介绍了进度。", "Project") == {("嘉禾建设项目", "Project", "嘉禾建设项目")}


@pytest.mark.parametrize("text, award", [
    ("大营镇葡萄专业合作社被评为国家农民合作社示范社。", "国家农民合作社示范社"),  # a head of honours.tsv: 示范社
    ("该研究中心去年获批自治区级工程技术研究中心。", "自治区级工程技术研究中心"),  # a rank: 自治区级; 获批 opens no name
    ("该赛事已连续三年被中国田径协会评为金牌赛事。", "金牌赛事"),  # no rank, but the giver is written: 被…评为
    ("恒润公司同时获评2025年度智能制造优秀场景。", "2025年度智能制造优秀场景"),  # no rank, but a year's round
    ("恒润化工有限公司荣获省长质量奖。", "省长质量奖"),  # a title inside the prize, after a verb that only honours
    # a prize's edition before it, and a prize handed over by its giver (颁发的)
    ("恒润公司荣获第八届东山省省长质量奖提名奖。", "第八届东山省省长质量奖提名奖"),
    ("恒润公司获得武城县人民政府颁发的第五届武城县县长质量奖。", "第五届武城县县长质量奖"),
    ("恒润公司获得武城县人民政府颁发的营业执照。", None),  # handed over, but no prize by its word
    # heads of honours.tsv: 工作者, 教师
    ("王秀兰获评2024年度全县优秀教育工作者。", "2024年度全县优秀教育工作者"),
    ("李红获评全国模范教师。", "全国模范教师"),
    # a list published by its giver, the honour in quotes before 名单; a merit recorded (记个人二等功)
    ("石泉峪村入选山东省文化和旅游厅公布的“2025年山东省景区化村庄”名单。", "2025年山东省景区化村庄"),
    ("干警邵明川被济南市中级人民法院记个人二等功。", "个人二等功"),
    ("该大队被济南市公安局记集体嘉奖。", "集体嘉奖"),
    ("该企业被评为优秀企业。", None),  # no rank, no giver, no round: an ordinary phrase
    ("该企业成为重要企业。", None),
])
def test_entities_honours_without_quotes(nlp, text, award):
    assert found(nlp, text, "Award") == ({(award, "Award", award)} if award else set())


def test_entities_a_verb_jieba_tags_as_a_name_opens_no_official_before_a_title(nlp):
    # jieba tags 荣获 nr; 省长 after it is the prize's, not a post of 荣获
    assert found(nlp, "恒润化工有限公司荣获省长质量奖。", "Official") == set()


def test_entities_a_work_named_after_the_institution_it_is_for(nlp):
    # 崂山区中心医院 | 门诊医技综合楼改扩建项目: the work's name opens with the hospital's, not inside it
    assert found(nlp, "位于湖滨街道的崂山区中心医院门诊医技综合楼改扩建项目开工。", "Project") == {
        ("崂山区中心医院门诊医技综合楼改扩建项目", "Project", "崂山区中心医院门诊医技综合楼改扩建项目")}


@pytest.mark.parametrize("text, work", [
    ("主会场项目瓯海智能电器产业园位于南白象街道金竹村。", "瓯海智能电器产业园"),  # 主会场项目: the part it plays
    ("签约项目烟台华宁新材料产业基地总投资20亿元。", "烟台华宁新材料产业基地"),
    ("即墨古城项目二期工程开工。", "即墨古城项目二期工程"),  # a proper name before 项目 keeps it: a work's phase
])
def test_entities_a_generic_project_word_before_a_name_is_no_part_of_it(nlp, text, work):
    assert {m[2] for m in found(nlp, text, "Project")} == {work}


def test_entities_a_long_work_s_name_keeps_the_project_word_after_its_kind_word(nlp):
    # 恒锐新能源储能电池生产基地 | 项目: too long a run for a description's test by 项目, but named by 基地 before it
    assert {m[2] for m in found(nlp, "恒锐新能源储能电池生产基地项目位于滕州经济开发区。", "Project")} == {
        "恒锐新能源储能电池生产基地项目"}


def test_entities_a_residential_estate_after_its_town_is_a_place(nlp):
    # 小区 ends a place's name where a proper word opens it (光岳); 老旧小区 is a kind, no name
    assert (found(nlp, "古楼街道光岳小区已完工。", "Place"), found(nlp, "全区计划改造老旧小区46个。", "Place")) == (
        {("古楼街道", "Place", "古楼街道"), ("光岳小区", "Place", "光岳小区")}, set())


@pytest.mark.parametrize("text", [
    "目前古楼街道光岳小区、柳园街道运河花园小区等12个小区已开工。",  # a list of places (等12个小区)
    "目前古楼街道光岳小区、柳园街道运河花园小区已完工。",  # a list of what works undergo (已完工)
])
def test_entities_estates_listed_after_their_towns_are_places_apart_from_them(nlp, text):
    assert ({m[0] for m in found(nlp, text, "Place")}, found(nlp, text, "Project")) == (
        {"古楼街道", "光岳小区", "柳园街道", "运河花园小区"}, set())


def test_entities_huojiang_names_no_prize_after_it(nlp):
    # 为获奖代表颁奖: 获奖 (winning) is one word; 奖代表颁奖 is no prize
    assert found(nlp, "市长杨博文出席会议并为获奖代表颁奖。", "Award") == set()


@pytest.mark.parametrize("text, body", [
    ("高新区财政局统筹安排资金4000万元。", "高新区财政局"),  # the zone the page names, not any 区
    ("宝鸡高新区财政局统筹安排资金。", "宝鸡高新区财政局"),  # with the city before the zone
    ("区财政局拨付资金。", "区财政局"),
])
def test_entities_a_department_opened_by_a_zone_word(nlp, text, body):
    assert {m[0] for m in found(nlp, text, "Agency")} == {body}


def test_entities_a_scoped_finance_department_word_is_no_ministry(nlp):
    # 县区财政部门: 部 opens 部门 (departments), with a scope word before it as without one; 财政部 alone is one
    assert (found(nlp, "资金已全部下达至县区财政部门。", "Agency"), found(nlp, "财政部印发通知。", "Agency")) == (
        set(), {("财政部", "Agency", "财政部")})


@pytest.mark.parametrize("text, body", [
    ("开发区管委会主任李青松介绍情况。", "开发区管委会"),  # the page's 开发区 (resolution), as 高新区管委会 is
    ("开发区管委主任李青松介绍情况。", "开发区管委"),
    ("新区管委副主任王刚出席。", "新区管委"),
])
def test_entities_a_zone_committee_named_by_the_zone_word_alone(nlp, text, body):
    assert {m[0] for m in found(nlp, text, "Agency")} == {body}


def test_entities_an_honour_named_by_a_demonstrative_is_no_name(nlp):
    # 获评该称号: the honour named before (kg_coref), no Award of its own
    text = "比赛同时评选出最美跑团，甲区跑步爱好者协会获评该称号。"
    assert {(m.text, m.type, m.kind) for m in mentions(nlp, text) if m.type == "Award"} == set()


@pytest.mark.parametrize("text, works", [
    # a place, words, then a boundary word (保障) inside one work's name
    ("区财政局安排专项资金3200万元，支持文登区农村供水保障提升工程建设。", {"文登区农村供水保障提升工程"}),
    # a body's name before common words and what is done to them is who does it (区住建局 | 老旧小区改造资金)
    ("上岚社区争取区住建局老旧小区改造资金980万元，实施上岚社区老旧小区改造项目。", {"上岚社区老旧小区改造项目"}),
    # the programme's year between the place and the words (钢城区 | 2026年 | 农村供水保障 | 提升工程)
    ("钢城区2026年农村供水保障提升工程开工。", {"钢城区2026年农村供水保障提升工程"}),
    # right after the place the word says what the place does: no name; nor after a village in it (艾山街道小店铺村 | 引进)
    ("即墨区推进农村供水保障工程。", set()),
    ("艾山街道小店铺村引进民宿项目。", set()),
    # 发放 opens no work: 项目贷款 is a kind of loan
    ("甲银行乙支行向丙矿业有限公司发放项目贷款3.2亿元，用于丁尾矿综合利用项目建设。", {"丁尾矿综合利用项目"}),
])
def test_entities_a_boundary_word_inside_a_placed_work_and_a_verb_of_giving(nlp, text, works):
    assert {m[0] for m in found(nlp, text, "Project")} == works


@pytest.mark.parametrize("text, places", [
    # jieba reads 北起泽头 | 镇 and 惠及 | 喜捷 | 镇: the town starts after the word that ends names on its left
    # (喜捷镇, newer than the divisions data, is the trained tagger's)
    ("该工程北起泽头镇，南至南海新区入海口，全长21.6公里。", {"泽头镇", "南海新区"}),
    ("新建改造供水管网86公里，惠及喜捷镇、观音镇等6个乡镇12万余人。", {"喜捷镇", "观音镇"}),
])
def test_entities_a_town_after_a_word_jieba_glued_to_it(nlp_full, text, places):
    assert {m[0] for m in found(nlp_full, text, "Place")} == places


@pytest.mark.parametrize("text, bodies", [
    # a body's session between its place and its name is no part of the name
    ("区市场监督管理局局长李崇文当选为青岛市第十七届人民代表大会代表。",
     {("区市场监督管理局", "Agency", "区市场监督管理局"), ("青岛市第十七届人民代表大会", "Agency", "青岛市人民代表大会")}),
    ("市北区第十八届人大常委会举行第二十三次会议。", {("市北区第十八届人大常委会", "Agency", "市北区人民代表大会常务委员会")}),
])
def test_entities_a_session_is_no_part_of_a_bodys_name(nlp, text, bodies):
    assert found(nlp, text, "Agency") == bodies


@pytest.mark.parametrize("text, expected", [
    # the post, 为, then who holds it, alone in the clause
    ("区财政局局长为王刚。", {("区财政局", "Agency", "区财政局"), ("王刚", "Official", "王刚")}),
    # 为 giving something to someone is no such post
    ("校长为学生颁奖。", set()),
    # the verb right before the suffix leaves no name (徐慧任 | 学院)
    ("徐慧任学院党委书记。", set()),
])
def test_entities_a_post_then_wei_then_its_holder(nlp, text, expected):
    assert {m for m in found(nlp, text) if m[1] != "Person"} == expected


@pytest.mark.parametrize("text, office", [
    # an office named bare in a chain of posts is the office of the body the chain opened with
    ("区人大常委会副秘书长、办公室主任苟明亮作说明。", "区人民代表大会常务委员会办公室"),
    ("区委常委、办公室主任王五出席。", "区委办公室"),
])
def test_entities_an_office_in_a_chain_of_posts_is_its_bodys(nlp, text, office):
    assert {m[2] for m in found(nlp, text, "Agency") if m[0] == "办公室"} == {office}


@pytest.mark.parametrize("text, works", [
    # a building verb right before the words up to a work's kind word: they name the firm's work
    ("武城恒泰化工有限公司投资2亿元在村东建设食用菌精深加工项目。", {"食用菌精深加工项目"}),
    ("今年，村里在叶坪乡实施高标准茶园提质改造项目。", {"高标准茶园提质改造项目"}),
    # what a visit looks at (察看了: the aspect particle too)
    ("随后，观摩团察看了新能源汽车热管理系统项目。", {"新能源汽车热管理系统项目"}),
    # 的 after a place or a cue
    ("贷款用于位于艾山街道的年产20万吨新能源汽车铝合金部件项目建设。", {"年产20万吨新能源汽车铝合金部件项目"}),
    ("双方签约的新能源环卫装备总装项目总投资6亿元。", {"新能源环卫装备总装项目"}),
    # the work opening its clause, the clause telling of it (由, 总投资 …)
    ("精密轴承智能制造项目由山东恒顺机械有限公司投资3亿元建设。", {"精密轴承智能制造项目"}),
    # no cue and no clause telling of it: a description, no name
    ("当地重视新能源汽车零部件生产基地项目。", set()),
    # too few words of what it makes: a kind of work
    ("开工建设城市道路工程。", set()),
    # generic or counted: 重点项目, 新开工项目, …项目32个, 集中开工12个项目
    ("全区加快推进重点项目建设，实施乡村振兴示范项目32个。", set()),
    ("颜庄镇二季度新开工项目总投资5亿元。", set()),
    ("钢城区第三季度重点项目集中开工12个项目。", set()),
    # words no name spans (调研 | 时强调…): no work
    ("市长在钢城区调研时强调抢抓机遇加快项目建设。", set()),
    # what kind of work a named one is (是由…承建的), and the parts a work builds (、): no names
    ("该项目是由武城恒泰建设有限公司承建的安置保障性住房项目。", set()),
    ("项目主要建设果蔬精深加工生产基地、研发中心。", set()),
])
def test_entities_a_work_named_by_what_it_makes_where_the_sentence_builds_it(nlp, text, works):
    assert {m[0] for m in found(nlp, text, "Project")} == works


@pytest.mark.parametrize("text", [
    # a hall (大厅, 展厅) is no department (厅): the places before it stay places of the sentence
    "由后者拟投资4.5亿元，在钢城区颜庄镇建设冷库及交易大厅。",
    "丙公司在钢城区艾山街道建设冷库和展厅。",
])
def test_entities_a_hall_is_no_department(nlp, text):
    assert found(nlp, text, "Agency") == set()


@pytest.mark.parametrize("text, expected", [
    # a hospital or school opening a work's name is named too (the work is built for it)
    ("7月1日，武城县人民医院门诊医技综合楼正式启用。", {("武城县人民医院门诊医技综合楼", "Project"), ("武城县人民医院", "Organization")}),
    ("武城县第二实验小学建设项目是今年的民生工程。", {("武城县第二实验小学建设项目", "Project"), ("武城县第二实验小学", "Organization")}),
    # a university's name opening 大学科技园 is no name of its own (大学科技园 is one word)
    ("武城大学科技园项目开工。", {("武城大学科技园项目", "Project")}),
])
def test_entities_an_institution_opening_a_works_name(nlp, text, expected):
    assert {(m[0], m[1]) for m in found(nlp, text) if m[1] != "Place"} == expected


@pytest.mark.parametrize("surname", ["郇", "禚", "菅", "仉", "苌", "庹", "籍"])
def test_entities_rarer_family_names_after_a_post(nlp, surname):
    # family names of the household register rarer than the 百家姓's first hundreds (郇 and 禚 are Shandong's)
    assert found(nlp, f"副局长{surname}立国出席。", "Official") == {(f"{surname}立国", "Official", f"{surname}立国")}


@pytest.mark.parametrize("text, expected", [
    # 要 (a meeting's "must") ends a name on its left: the bureau's task is no work
    ("区经信局、区发改局要强化项目全周期服务。",
     {("区经信局", "Agency", "区经济和信息化局"), ("区发改局", "Agency", "区发展和改革局")}),
    # the works of towns listed before 的 are a kind, no one work; 也 and 同步 stand between a list and 开工
    ("此外，艾山街道、里辛街道的高标准农田建设项目也同步开工。",
     {("艾山街道", "Place", "艾山街道"), ("里辛街道", "Place", "里辛街道")}),
    ("位于里辛街道的甘薯精深加工产业化项目开工。",
     {("里辛街道", "Place", "里辛街道"), ("甘薯精深加工产业化项目", "Project", "甘薯精深加工产业化项目")}),
    # a park inside a zone is a place of its own (places nest)
    ("该项目选址钢城经济开发区翠岭园区。",
     {("钢城经济开发区", "Place", "钢城经济开发区"), ("翠岭园区", "Place", "翠岭园区")}),
    # chemical and medicine parks; a town's finance office; a government's inspection office is the government's
    ("市委书记带队到艾山街道、宏耀化工园调研。",
     {("市委", "Agency", "市委"), ("艾山街道", "Place", "艾山街道"), ("宏耀化工园", "Place", "宏耀化工园")}),
    ("颜庄镇财政所所长王晓梅出席。",
     {("颜庄镇财政所", "Agency", "颜庄镇财政所"), ("王晓梅", "Official", "王晓梅")}),
    ("对推进缓慢的项目，区政府督查室将定期通报。",
     {("区政府督查室", "Agency", "区政府督查室")}),
    # a modal jieba glues to the suffix (区能源 | 局要) ends no name; Hubei's water bureau is a department
    ("区经信局、区能源局要做好企业用能保障。",
     {("区经信局", "Agency", "区经济和信息化局"), ("区能源局", "Agency", "区能源局")}),
    ("区住建局、区水利和湖泊局及区城发集团要加快推进。",
     {("区住建局", "Agency", "区住房和城乡建设局"), ("区水利和湖泊局", "Agency", "区水利和湖泊局"),
      ("区城发集团", "Company", "区城发集团")}),
    # 上岚村 | 村集体: the second 村 opens the next word, no suffix of a name 上岚村村 (the tagger names the village);
    # 列为 ends names
    ("2024年，上岚村村集体经济收入达到86万元。", set()),
    ("会议确定将艾山街道澄波小区列为示范片区。", {("艾山街道", "Place", "艾山街道"), ("澄波小区", "Place", "澄波小区")}),
    # a name after the agent's 由 jieba glued to its surname (由余 | 建华 | 兼任)
    ("合作社由余建华兼任理事长。", {("余建华", "Official", "余建华")}),
    # a length before a name is no word of it (2.6公里 | 翠岭绿道); a body's work team stationed in a village is one
    # body (驻 | 长埠村 is no place's name)
    ("村里利用集体收入修建了2.6公里翠岭绿道。", {("翠岭绿道", "Project", "翠岭绿道")}),
    ("钢城区驻长埠村工作队队长王晓梅介绍。",
     {("钢城区驻长埠村工作队", "Agency", "钢城区驻长埠村工作队"), ("钢城区", "Place", "钢城区"), ("王晓梅", "Official", "王晓梅")}),
    # a school a body is in charge of carrying out (负责实施的) is built: a work; 公办学校 names a kind
    ("由区教育局负责实施的艾山学校为九年一贯制公办学校。",
     {("区教育局", "Agency", "区教育局"), ("艾山学校", "Project", "艾山学校")}),
])
def test_entities_meeting_tasks_town_lists_parks_in_zones_and_small_offices(nlp, text, expected):
    assert found(nlp, text) == expected


# -- round 24: prizes named in full, 的有, glued particles, local offices, short names -----------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        # a prize named in full names its contest: a bare prize after it is that contest's
        ("荣获第十届澄波陶瓷艺术精品展金奖的作品已展出，获得银奖的作品有12件。", {
            ("第十届澄波陶瓷艺术精品展金奖", "Award", "第十届澄波陶瓷艺术精品展金奖"),
            ("银奖", "Award", "第十届澄波陶瓷艺术精品展银奖")}),
        # (a prize with only a level before it names no contest)
        ("获得省级金奖的作者获奖励，获得银奖的也有。", {("省级金奖", "Award", "省级金奖")}),
        # after 的, 有 is "there are": no part of the name after it, a word of its own or glued to it
        ("获得铜奖的有东高陶瓷有限公司等单位。", {("东高陶瓷有限公司", "Company", "东高陶瓷有限公司")}),
        ("获奖的有宏耀电子有限公司。", {("宏耀电子有限公司", "Company", "宏耀电子有限公司")}),
        # a particle jieba glued to the name after it opens no name (了岚集: 了 and the brand)
        ("管委会为此成立了岚集项目服务专班。", {("岚集项目服务专班", "Agency", "岚集项目服务专班")}),
        # a national administration's local office is one name, its trade repeated
        ("国家税务总局钢城区税务局获评先进单位。", {
            ("国家税务总局钢城区税务局", "Agency", "国家税务总局钢城区税务局"), ("钢城区", "Place", "钢城区")}),
        ("国家税务总局局长王晓梅出席。", {("国家税务总局", "Agency", "国家税务总局"), ("王晓梅", "Official", "王晓梅")}),
        # a firm's ownership (区属国企), what is going on (正在进行) and a deadline (年底前) open no name; 国企 alone is
        # no boundary word (中国企业联合会)
        ("由区属国企钢城区城市发展集团有限公司负责运营。", {
            ("钢城区城市发展集团有限公司", "Company", "钢城区城市发展集团有限公司"), ("钢城区", "Place", "钢城区")}),
        ("钢城区第二实验小学建设工程正在进行室外工程施工。", {
            ("钢城区第二实验小学建设工程", "Project", "钢城区第二实验小学建设工程"),
            ("钢城区第二实验小学", "Organization", "钢城区第二实验小学"), ("钢城区", "Place", "钢城区")}),
        ("力争年底前东片区一期对外开放。", {("东片区一期", "Project", "东片区一期"), ("东片区", "Place", "东片区")}),
        ("中国企业联合会发布名单。", {("中国企业联合会", "Organization", "中国企业联合会")}),
        # a resident or villager named (居民, 村民: credits of titles.tsv) is no place's name ending in 江, 山 …;
        # 居民 opening a committee's name is no credit
        ("居民余振江说，改造后生活方便多了。", set()),
        ("艾山街道澄波社区居民委员会获评先进集体。", {
            ("艾山街道澄波社区居民委员会", "Agency", "艾山街道澄波社区居民委员会"), ("艾山街道", "Place", "艾山街道")}),
        # a name of two characters spaced out to three in a list, its post in brackets after it
        ("周　明（宏耀电子有限公司董事长）", {
            ("周　明", "Official", "周明"), ("宏耀电子有限公司", "Company", "宏耀电子有限公司")}),
        # the copula jieba glued to a brand opens no name (是岚集: 是 and the brand)
        ("宏耀航宇是岚集航空装备集团的子公司。", {("岚集航空装备集团", "Company", "岚集航空装备集团")}),
        # 组成 is a verb before a body's name; 拟将 (is to put) before a work's
        ("艾山街道组成服务专班。", {("艾山街道", "Place", "艾山街道")}),
        ("区科技局拟将澄波林下经济科技创新中心纳入市级平台。", {
            ("区科技局", "Agency", "区科学技术局"), ("澄波林下经济科技创新中心", "Organization", "澄波林下经济科技创新中心")}),
    ],
)
def test_entities_prizes_named_in_full_and_names_after_glued_words(nlp, text, expected):
    assert found(nlp, text) == expected


def test_entities_a_firm_named_later_by_its_place_and_brand(nlp):
    text = "河北宏耀汽车零部件有限公司落户澄波经济开发区。二期项目由河北宏耀投资建设。"
    assert found(nlp, text, "Company") == {
        ("河北宏耀汽车零部件有限公司", "Company", "河北宏耀汽车零部件有限公司"), ("河北宏耀", "Company", "河北宏耀")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a place's kind word the news also builds (grounds of work_names.tsv): built, a work; elsewhere a place
        ("翠岭生态康养小镇由甲乙文旅发展有限公司投资8亿元开发。", {
            ("翠岭生态康养小镇", "Project", "翠岭生态康养小镇"), ("甲乙文旅发展有限公司", "Company", "甲乙文旅发展有限公司")}),
        ("由甲乙文旅发展有限公司投资建设的澄波湿地公园开园。", {
            ("澄波湿地公园", "Project", "澄波湿地公园"), ("甲乙文旅发展有限公司", "Company", "甲乙文旅发展有限公司")}),
        ("项目位于翠岭生态康养小镇。", {("翠岭生态康养小镇", "Place", "翠岭生态康养小镇")}),
        # a logistics or performance centre is a work (物流中心, 演艺中心 …: suffixes.tsv), not a body's 中心
        ("颜庄镇冷链物流中心开工。", {("颜庄镇冷链物流中心", "Project", "颜庄镇冷链物流中心")}),
        # (协同 and 联合 end names on their left, but not inside 协同创新中心)
        ("双方将共同建设澄波智能制造协同创新中心。", {("澄波智能制造协同创新中心", "Project", "澄波智能制造协同创新中心")}),
        ("翠岭禅武文化演艺中心由甲乙文化传媒股份有限公司合资建设。", {
            ("翠岭禅武文化演艺中心", "Project", "翠岭禅武文化演艺中心"),
            ("甲乙文化传媒股份有限公司", "Company", "甲乙文化传媒股份有限公司")}),
    ],
)
def test_entities_a_town_or_park_the_sentence_builds_is_a_work(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a quarter (街区) is a place, and a work where the sentence builds it
        ("艾山街道上岚村琉璃文创街区由甲乙文化产业发展有限公司投资3.5亿元建设。", {
            ("上岚村琉璃文创街区", "Project", "上岚村琉璃文创街区"), ("艾山街道", "Place", "艾山街道"), ("甲乙文化产业发展有限公司", "Company", "甲乙文化产业发展有限公司")}),
        ("项目位于澄波历史文化街区。", {("澄波历史文化街区", "Place", "澄波历史文化街区")}),
        # a phase of grounds the news builds is a work on them, no place beside it (a compound renovated stays a
        # place: 甲小区 of 甲小区改造项目)
        ("翠岭康养小镇一期由甲乙文旅开发有限公司投资建设。", {
            ("翠岭康养小镇一期", "Project", "翠岭康养小镇一期"), ("甲乙文旅开发有限公司", "Company", "甲乙文旅开发有限公司")}),
        # a conjunction right after a body's bare 中心 parts two names, whatever jieba reads (和文 | 创)
        ("建设非遗工坊、设计中心和文创广场。", set()),
        # a work opening its clause after a phrase with 的, its stem counted up to its last kind word
        ("签约项目中，投资额最大的高效节能阀门产业园项目由宏耀阀门有限公司投资12亿元建设。", {
            ("高效节能阀门产业园项目", "Project", "高效节能阀门产业园项目"), ("宏耀阀门有限公司", "Company", "宏耀阀门有限公司")}),
    ],
)
def test_entities_quarters_phases_of_grounds_and_works_opening_their_clause(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a size in 万千瓦 is the work's, no count (万 and 千 are numerals too)
    ("钢城区200万千瓦风光储一体化项目开工。", {("钢城区200万千瓦风光储一体化项目", "Project", "钢城区200万千瓦风光储一体化项目"),
                                       ("钢城区", "Place", "钢城区")}),
    ("钢城区72个老旧小区改造工程开工。", {("钢城区", "Place", "钢城区")}),
    # a phase between a firm and a work is the work's, no work of its own
    ("宏耀纺织科技有限公司二期年产10万锭纺纱项目投产。", {("宏耀纺织科技有限公司", "Company", "宏耀纺织科技有限公司"),
                                          ("年产10万锭纺纱项目", "Project", "年产10万锭纺纱项目")}),
    # a factory is a firm; an operations centre the sentence builds is a work
    ("钢城区宏耀五金制品厂获评先进。", {("钢城区宏耀五金制品厂", "Company", "钢城区宏耀五金制品厂"), ("钢城区", "Place", "钢城区")}),
    ("计划在钢城区建设天铭风电装备运维中心。", {("天铭风电装备运维中心", "Project", "天铭风电装备运维中心"), ("钢城区", "Place", "钢城区")}),
])
def test_entities_sizes_phases_factories_and_centres(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a place, a name's word and a one-character boundary word jieba reads alone (居) open a firm's name
    ("中心引入钢城区康乐居养老服务有限公司运营。", {("钢城区康乐居养老服务有限公司", "Company", "钢城区康乐居养老服务有限公司"),
                                       ("钢城区", "Place", "钢城区")}),
    ("钢城区分别与宏耀文旅集团有限公司签约。", {("宏耀文旅集团有限公司", "Company", "宏耀文旅集团有限公司"), ("钢城区", "Place", "钢城区")}),
    # the upgrade of a centre: 服务 is a word of the centre's name, no boundary
    ("澄波社区卫生服务中心提质改造由市卫健局组织实施。", {("澄波社区卫生服务中心提质改造", "Project", "澄波社区卫生服务中心提质改造"),
                                            ("市卫健局", "Agency", "市卫生健康局")}),
])
def test_entities_brands_with_boundary_characters_and_centres_upgraded(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # 打造 builds the grounds it names (a town of its own kind: 康养小镇)
    ("宏耀文旅发展有限公司在上岚村打造澄波康养小镇。", {("宏耀文旅发展有限公司", "Company", "宏耀文旅发展有限公司"),
                                        ("上岚村", "Place", "上岚村"), ("澄波康养小镇", "Project", "澄波康养小镇")}),
    # a park where another work is built is a place there, unless the article builds the park too
    ("宏耀集团在澄波产业园建设翠岭管材生产基地。", {("宏耀集团", "Company", "宏耀集团"), ("澄波产业园", "Place", "澄波产业园"),
                                          ("翠岭管材生产基地", "Project", "翠岭管材生产基地")}),
    ("澄波产业园开工建设。宏耀集团在澄波产业园建设翠岭管材生产基地。", {
        ("澄波产业园", "Project", "澄波产业园"), ("宏耀集团", "Company", "宏耀集团"),
        ("翠岭管材生产基地", "Project", "翠岭管材生产基地")}),
    # 计划 (planned) opens no name: 钢城区计划 | 改造 names nothing
    ("今年，钢城区计划改造老旧小区42个。", {("钢城区", "Place", "钢城区")}),
])
def test_entities_grounds_made_sites_of_works_and_plans(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a co-operative is registered under its places, as a firm is (a village's 合作社 alone is called by the village)
    ("艾山街道上岚村茶叶种植专业合作社成立。", {("艾山街道上岚村茶叶种植专业合作社", "Organization", "艾山街道上岚村茶叶种植专业合作社"),
                                  ("艾山街道", "Place", "艾山街道")}),
    ("就是钢城区上岚村茶叶种植专业合作社。", {("钢城区上岚村茶叶种植专业合作社", "Organization", "钢城区上岚村茶叶种植专业合作社"),
                                 ("钢城区", "Place", "钢城区")}),
])
def test_entities_a_cooperative_keeps_its_town(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a building verb opens no place's name (建设 | 澄波湾); grounds opening a work built are no work of their own
    ("在我市建设澄波湾冰雪乐园。", {("澄波湾", "Place", "澄波湾")}),
    # a resort the sentence builds is a work, elsewhere a place
    ("计划在我市建设澄波湾冰雪度假区。", {("澄波湾冰雪度假区", "Project", "澄波湾冰雪度假区")}),
    ("钢城区艾山旅游度假区位于城区东部。", {("钢城区艾山旅游度假区", "Place", "钢城区艾山旅游度假区")}),
    ("宏耀文旅集团投资15亿元建设澄波古镇夜游综合体项目。", {("宏耀文旅集团", "Company", "宏耀文旅集团"),
                                            ("澄波古镇夜游综合体项目", "Project", "澄波古镇夜游综合体项目"),
                                            ("澄波古镇", "Place", "澄波古镇")}),
])
def test_entities_building_verbs_open_no_place(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # two function words in a row inside a word jieba does not know (拟由宏耀) end a firm's name
    ("颜庄文旅综合体项目拟由宏耀（钢城）公司投资4.8亿元。", {("颜庄文旅综合体项目", "Project", "颜庄文旅综合体项目"),
                                          ("宏耀（钢城）公司", "Company", "宏耀（钢城）公司"), ("钢城", "Place", "钢城")}),
    # a preposition opening a word jieba does not know (为岚: jieba's guess) ends a government body's name; a firm's
    # brand may open with one (以岚)
    ("实施主体为岚集镇人民政府。", {("岚集镇人民政府", "Agency", "岚集镇人民政府")}),
    ("宏耀集团与以岚科技股份有限公司签约。", {("宏耀集团", "Company", "宏耀集团"),
                                  ("以岚科技股份有限公司", "Company", "以岚科技股份有限公司")}),
    # a boundary word across two of jieba's words (新建 of 更新 | 建设) is none
    ("由钢城城发更新建设集团有限公司作为实施主体。", {("钢城城发更新建设集团有限公司", "Company", "钢城城发更新建设集团有限公司"),
                                   ("钢城", "Place", "钢城")}),
    # a town's unit after a place the walk found (澄波湾 | 镇) is the town's; it opens no word there (乡村), and a
    # division ends at its own unit (颜庄镇 | 镇长)
    ("走进澄波湾镇，纳入澄波湾镇2025年高标准农田建设项目。", {
        ("澄波湾镇", "Place", "澄波湾镇"), ("澄波湾镇2025年高标准农田建设项目", "Project", "澄波湾镇2025年高标准农田建设项目")}),
    ("推进澄波湾乡村振兴。", {("澄波湾", "Place", "澄波湾")}),
    # 临港 (by the port) is no port's name, inside a park's or not
    ("澄波临港产业园开工。", {("澄波临港产业园", "Project", "澄波临港产业园")}),
    # 所属 (belonging to) ends the name of the group a firm belongs to
    ("宏耀集团有限公司所属天铭新能源投资有限公司签约。", {("宏耀集团有限公司", "Company", "宏耀集团有限公司"),
                                             ("天铭新能源投资有限公司", "Company", "天铭新能源投资有限公司")}),
])
def test_entities_names_end_at_function_words_and_towns_keep_their_unit(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a brand and 控股 name a holding firm (its chairman is no section's head); after a firm's legal form, 控股 says
    # what the firm does
    ("宏耀控股董事长周明表示。", {("宏耀控股", "Company", "宏耀控股"), ("周明", "Official", "周明")}),
    ("该公司由天铭科技集团有限公司控股。", {("天铭科技集团有限公司", "Company", "天铭科技集团有限公司")}),
    # nor where jieba reads 控股集团 as one word, nor after the agent's 由, where it is what the body does
    ("江西瓷都投资控股集团有限公司举行仪式。", {("江西瓷都投资控股集团有限公司", "Company", "江西瓷都投资控股集团有限公司"),
                                 ("江西", "Place", "江西")}),
    ("甲公司由宏耀铜业控股、天铭产业投资有限公司参股设立。", {("天铭产业投资有限公司", "Company", "天铭产业投资有限公司")}),
    # a bearing's 区 right after a park is the park's part, not a division named so elsewhere
    ("项目选址翠岭工业园东区。", {("翠岭工业园东区", "Place", "翠岭工业园东区"), ("翠岭工业园", "Place", "翠岭工业园")}),
])
def test_entities_holding_firms_and_parts_of_parks(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a work's phase in brackets right after its name is part of the name (another phase is another work)
    ("钢城区农村供水一体化工程（二期）开工建设。", {("钢城区农村供水一体化工程（二期）", "Project", "钢城区农村供水一体化工程（二期）"),
                                  ("钢城区", "Place", "钢城区")}),
    ("宏耀纺织筹划年产5万锭色纺纱项目(3期)。", {("年产5万锭色纺纱项目(3期)", "Project", "年产5万锭色纺纱项目(3期)")}),
])
def test_entities_a_works_phase_in_brackets(nlp, text, expected):
    assert found(nlp, text) == expected


def test_entities_a_branch_command_runs_over_its_parents_name(nlp):
    # 分指挥部 is a unit of the command named before it, as 分局 is of its bureau: one name over both
    assert found(nlp, "澄波市援疆指挥部钢城区分指挥部总指挥周明出席。", "Agency") == {
        ("澄波市援疆指挥部钢城区分指挥部", "Agency", "澄波市援疆指挥部钢城区分指挥部")}


@pytest.mark.parametrize("text,expected", [
    # a road's class and code open a work's name, however long, and a place inside it cuts it nowhere
    ("国道G521线钢城城区过境段改线工程开工。", {("国道G521线钢城城区过境段改线工程", "Project", "国道G521线钢城城区过境段改线工程"),
                                   ("钢城", "Place", "钢城")}),
    # 开发 is what is done to the grounds after it, no word of their name
    ("双方将合作开发澄波湾康养度假区。", {("澄波湾康养度假区", "Project", "澄波湾康养度假区")}),
])
def test_entities_road_codes_and_development_verbs_bound_names(nlp, text, expected):
    assert found(nlp, text) == expected


def test_entities_along_the_route_opens_no_villages_name(nlp):
    # 沿线 (along the route) before the villages a work serves is no word of the first's name; after a name's words it
    # is one of the name's (a greenway along a river)
    assert found(nlp, "工程通车，沿线上岚村、东高村等5个村受益。") == {("上岚村", "Place", "上岚村"), ("东高村", "Place", "东高村")}
    assert found(nlp, "今年打造澄波河沿线慢行绿道。") == {("澄波河沿线慢行绿道", "Project", "澄波河沿线慢行绿道"),
                                               ("澄波河", "Place", "澄波河")}


def test_entities_a_new_campus_is_named_after_its_institution_in_full(nlp):
    # the school's name with its district, then 新校区: one work's name (the district is the school's, no mere site)
    assert found(nlp, "察看钢城区翠岭中学新校区建设工地。") == {
        ("钢城区翠岭中学新校区", "Project", "钢城区翠岭中学新校区"), ("钢城区翠岭中学", "Organization", "钢城区翠岭中学"),
        ("钢城区", "Place", "钢城区")}


def test_entities_a_route_between_two_towns_the_divisions_data_lacks_is_one_work(nlp):
    # 甲坝镇至乙口镇公路: towns written with their unit name the route's ends, known to the divisions data or not, and
    # the name is counted long from its second end on (both ends' words make no description)
    assert found(nlp, "由县交通运输局作为业主建设的岚集坝镇至翠岭口镇公路改建工程开工。", "Project") == {
        ("岚集坝镇至翠岭口镇公路改建工程", "Project", "岚集坝镇至翠岭口镇公路改建工程")}


def test_entities_a_county_after_a_town_opens_a_name_of_its_own(nlp):
    # 甲口镇 | 莱芜…产业园: a town holds no county, so the park named after the county (written in full on the page)
    # starts there; chosen as a site, it is a place, and so is the town the divisions data lacks
    text = "莱芜区召开会议。煤化工综合利用项目选址翠岭口镇莱芜循环经济产业园。"
    assert found(nlp, text) == {("莱芜区", "Place", "莱芜区"), ("煤化工综合利用项目", "Project", "煤化工综合利用项目"),
                                ("翠岭口镇", "Place", "翠岭口镇"), ("莱芜循环经济产业园", "Place", "莱芜循环经济产业园"),
                                ("莱芜", "Place", "莱芜")}
    # a word that is a county's short name elsewhere in China, whose county the page does not name, opens nothing
    assert found(nlp, "岚集街道鼓楼片区城市更新项目开工。", "Project") == {
        ("岚集街道鼓楼片区城市更新项目", "Project", "岚集街道鼓楼片区城市更新项目")}


def test_entities_a_park_written_where_something_is_is_a_place(nlp):
    # 位于 | 甲产业园: a park named as a work is a place where something is (GUIDE §2), with its full name
    assert found(nlp, "年产5万吨电解铜箔项目位于岚集经济开发区翠岭新材料产业园。") == {
        ("年产5万吨电解铜箔项目", "Project", "年产5万吨电解铜箔项目"), ("岚集经济开发区", "Place", "岚集经济开发区"),
        ("岚集经济开发区翠岭新材料产业园", "Place", "岚集经济开发区翠岭新材料产业园")}
    # the same park built elsewhere on the page, written short, stays one thing, a work
    assert found(nlp, "翠岭新材料产业园开工建设。年产5万吨电解铜箔项目位于岚集经济开发区翠岭新材料产业园。", "Project") == {
        ("翠岭新材料产业园", "Project", "翠岭新材料产业园"), ("年产5万吨电解铜箔项目", "Project", "年产5万吨电解铜箔项目"),
        ("岚集经济开发区翠岭新材料产业园", "Project", "岚集经济开发区翠岭新材料产业园")}


def test_entities_a_park_listed_with_places_is_a_place(nlp):
    # 深入甲镇、乙镇和丙产业园: an item of a list of places is a place, there and where something is located in it
    # later; a park built elsewhere on the page is still a work
    text = "观摩团深入颜庄镇、艾山街道和钢城区翠岭产业园。年产5万吨电解铜箔项目位于钢城区翠岭产业园。"
    assert {(m.text, m.type) for m in mentions(nlp, text) if "产业园" in m.text} == {
        ("钢城区翠岭产业园", "Place")}
    built = "观摩团深入颜庄镇、艾山街道和钢城区翠岭产业园。钢城区翠岭产业园开工建设。"
    assert {(m.text, m.type) for m in mentions(nlp, built) if "产业园" in m.text} == {("钢城区翠岭产业园", "Project")}


def test_entities_family_names_of_minority_peoples_in_credits_and_after_posts(nlp):
    # 木, 刀, 虎: family names of the Naxi, Dai and Hui peoples, in bylines and credits and after a post's title
    assert found(nlp, "（记者 木晓梅　通讯员 周明）\n责任编辑：刀建华", "Person") == {
        ("木晓梅", "Person", "木晓梅"), ("周明", "Person", "周明"), ("刀建华", "Person", "刀建华")}
    assert found(nlp, "市委常委、常务副市长虎振华出席。", "Official") == {("虎振华", "Official", "虎振华")}


def test_entities_cultural_centres_are_institutions(nlp):
    assert found(nlp, "钢城区文化馆和艾山街道文化站联合举办展览。", "Organization") == {
        ("钢城区文化馆", "Organization", "钢城区文化馆"), ("艾山街道文化站", "Organization", "艾山街道文化站")}


def test_entities_credits_with_their_marks_the_layout_glued_on(nlp):
    # the layout's spaces taken out: 记者陈明摄, 记者王晓梅文/图, （甲公司余振江/文周明/图）: the mark is no part of a name
    text = "图为签约现场。澄波日报记者周明摄\n（县融媒体中心记者王晓梅文/图）\n（宏耀瓷业余建华/文赵晓东/图）"
    assert {(t, n) for _, t, n in found(nlp, text) if t == "Person"} == {
        ("Person", "周明"), ("Person", "王晓梅"), ("Person", "余建华"), ("Person", "赵晓东")}


def test_entities_people_listed_before_a_clause_about_firms_are_no_firms(nlp):
    # 甲、乙等为受表彰的企业…颁奖: what comes between 等 and 企业 says what the listed do (为, 的), no kind of firm
    assert found(nlp, "周明、李建华等为受表彰的企业和企业家代表颁奖。", "Company") == set()
    assert found(nlp, "引进宏耀、天铭等科技创新类企业。", "Company") == {
        ("宏耀", "Company", "宏耀"), ("天铭", "Company", "天铭")}


def test_entities_verbs_before_places_open_no_name(nlp):
    # 涉及, 毗邻, 扎根 …: verbs that stand right before the places they reach (boundaries.txt); not 连通 or 连接,
    # which name works too (水系连通及…工程, …连接线工程)
    assert found(nlp, "2024年钢城区城镇老旧小区改造项目涉及锦绣里小区、翠岭苑等12个小区。", "Place") == {
        ("钢城区", "Place", "钢城区"), ("锦绣里小区", "Place", "锦绣里小区"), ("翠岭苑", "Place", "翠岭苑")}
    assert found(nlp, "宏耀公司扎根钢城区，项目毗邻岚集新区。", "Place") == {
        ("钢城区", "Place", "钢城区"), ("岚集新区", "Place", "岚集新区")}
    # 本报讯 whose space the layout took out opens no name (本报讯 | 岚集产业园…)
    assert found(nlp, "本报讯岚集高新技术产业园位于钢城区。", "Project") == {
        ("岚集高新技术产业园", "Project", "岚集高新技术产业园")}


def test_entities_a_divisions_own_public_institutions_named_by_its_unit_word(nlp):
    # 区人民医院, 市第二人民医院, 县第一中学: a unit word (and a number) makes a public institution's name whole, the
    # page's own (resolution writes the division out); not after 全 (全市: a phrase about the whole city)
    assert found(nlp, "区人民医院开展义诊，市第二人民医院和县第一中学也参加。", "Organization") == {
        ("区人民医院", "Organization", "区人民医院"), ("市第二人民医院", "Organization", "市第二人民医院"),
        ("县第一中学", "Organization", "县第一中学")}
    assert found(nlp, "组织全市人民医院开展义诊。", "Organization") == set()
    # and the work named after it (县第一中学 | 新校区)
    assert found(nlp, "县第一中学新校区开工。", "Project") == {("县第一中学新校区", "Project", "县第一中学新校区")}


def test_entities_a_roads_extension_is_a_work(nlp):
    # 甲大道北延线, 乙路南延长线: the road's extension, built (延线, 延长线, 延伸线, 延伸段)
    assert found(nlp, "岚集大道北延线和翠岭路南延长线开工。", "Project") == {
        ("岚集大道北延线", "Project", "岚集大道北延线"), ("翠岭路南延长线", "Project", "翠岭路南延长线")}


def test_entities_the_label_of_a_sites_document_metadata_is_no_person(nlp_full):
    # 索引号：… (索 is a family name): the trained tagger's guess is no name (stop_names.txt)
    doc = nlp_full("发布日期：2026-05-12　来源：钢城区人民政府办公室　索引号：002491613/2026-08817")
    assert {(m.text, m.type) for m in doc._.kg_mentions} == {
        ("钢城区人民政府办公室", "Agency"), ("钢城区人民政府", "Agency"), ("钢城区", "Place")}  # (the office's body: partOf)


def test_entities_a_park_of_farming_and_a_work_named_after_it_with_and(nlp):
    # 农业园 ends a park's name as 产业园 does; jieba's guess at a word it lacks (园和翠岭) does not carry the park's
    # name on over 和 into the next one's
    assert found(nlp, "王晓梅调研了翠岭现代设施农业园和翠岭灌区节水改造工程。", "Project") == {
        ("翠岭现代设施农业园", "Project", "翠岭现代设施农业园"), ("翠岭灌区节水改造工程", "Project", "翠岭灌区节水改造工程")}


def test_entities_a_building_of_an_institution_named_in_full_keeps_its_county(nlp):
    # 钢城区翠岭中学 | 综合楼项目: the institution written in full, its place with it, names its building's work,
    # whatever kind words follow the institution's
    assert found(nlp, "检查组来到钢城区翠岭中学综合楼项目和澄波河生态修复工程现场。", "Project") == {
        ("钢城区翠岭中学综合楼项目", "Project", "钢城区翠岭中学综合楼项目"),
        ("澄波河生态修复工程", "Project", "澄波河生态修复工程")}


@pytest.mark.parametrize("text,expected", [
    # a credit word and a colon, then names apart by spaces or 、, up to the next credit word: each a person
    ("记者：王晓梅　李建华　　摄影：周明\n", {("王晓梅", "记者"), ("李建华", "记者"), ("周明", "摄影")}),
    ("本报记者：王晓梅、李建华 通讯员：艾则孜江·吾斯曼\n", {("王晓梅", "记者"), ("李建华", "记者"), ("艾则孜江·吾斯曼", "通讯员")}),
    # what follows the colon must be names: a sentence after it names none
    ("记者：发展才是硬道理\n", set()),
])
def test_entities_names_after_a_credit_word_and_a_colon(nlp, text, expected):
    assert {(m.name, m.role) for m in mentions(nlp, text) if m.type == "Person"} == expected


def test_entities_a_determiner_after_the_place_makes_a_kind_of_body(nlp_full):
    # a notice's addressees (县各委办局, 钢城区各委, 各乡镇（街道）党（工）委) are kinds of body, no names, whichever
    # source proposes them; the place before 各 is still a place
    doc = nlp_full("各乡镇（街道）党（工）委、人民政府（办事处），县各园区党工委，县各委办局，钢城区各委、办、局：")
    assert {(m.text, m.type) for m in doc._.kg_mentions} == {("钢城区", "Place")}


def test_entities_a_city_opening_with_a_determiners_character_opens_names(nlp):
    # 诸 is a determiner (诸位) but 诸城市, 诸暨市 are cities of the divisions data: the names they open are names
    assert found(nlp, "近日，诸城市翠岭实验学校建设项目通过竣工验收。", "Project") == {
        ("诸城市翠岭实验学校建设项目", "Project", "诸城市翠岭实验学校建设项目")}
    assert found(nlp, "诸暨市澄波医院党委书记王晓梅介绍。", "Organization") == {("诸暨市澄波医院", "Organization", "诸暨市澄波医院")}


@pytest.mark.parametrize("text,expected", [
    # an editor's credit with or without a colon, and a reporter's after a colon, before a two-character name spaced
    # out to the width of three: one person, named without the space
    ("正文。\n（编辑：王 明　审核：李建华）\n", {("王 明", "王明", "编辑")}),
    ("正文。\n责编 李建华　美编 赵 东　校对 周 明\n", {("李建华", "李建华", "责编"), ("赵 东", "赵东", "美编"), ("周 明", "周明", "校对")}),
    ("记者：李建华　王 明\n", {("李建华", "李建华", "记者"), ("王 明", "王明", "记者")}),
])
def test_entities_a_credited_name_spaced_out_to_three(nlp, text, expected):
    assert {(m.text, m.name, m.role) for m in mentions(nlp, text) if m.type == "Person" and m.role} == expected


def test_entities_a_works_numbered_buildings_are_no_works(nlp):
    # 3号、5号厂房主体已经封顶: a work's numbered buildings, listed, name no works of their own
    assert found(nlp, "在翠岭智能装备产业园项目现场，3号、5号厂房主体已经封顶。", "Project") == {
        ("翠岭智能装备产业园项目", "Project", "翠岭智能装备产业园项目")}


def test_entities_a_route_from_a_village_keeps_the_town_the_village_is_in(nlp):
    # 艾山街道上岚村至东高村…公路工程: the first end is a village of the town written before it, so the town names the
    # route with it; a work of one village keeps to the village's name
    assert found(nlp, "艾山街道上岚村至东高村旅游公路工程串联起多个景点。", "Project") == {
        ("艾山街道上岚村至东高村旅游公路工程", "Project", "艾山街道上岚村至东高村旅游公路工程")}
    assert found(nlp, "艾山街道上岚村道路改造工程开工。", "Project") == {("上岚村道路改造工程", "Project", "上岚村道路改造工程")}


def test_entities_a_body_leading_others_is_no_firm_by_the_leaders_pattern(nlp):
    # 以甲为牵头单位: a hospital (its suffix says what it is) leads, no firm; 以宏耀集团为龙头 names a firm
    assert found(nlp, "卫生院已纳入以钢城区澄波医院为牵头单位的紧密型医共体。以天铭科技为龙头。", "Company") == {
        ("天铭科技", "Company", "天铭科技")}


def test_entities_a_building_of_a_work_named_before_it_names_the_work(nlp):
    # 甲学校建设项目 | 教学综合楼顺利封顶: the building is part of the work named before it, and that work is the name;
    # an institution's own building (甲医院门诊楼) is a work of its own
    assert found(nlp, "9月5日，钢城区翠岭实验学校建设项目教学综合楼顺利封顶。", "Project") == {
        ("钢城区翠岭实验学校建设项目", "Project", "钢城区翠岭实验学校建设项目")}
    assert found(nlp, "钢城区澄波医院门诊楼投入使用。", "Project") == {("钢城区澄波医院门诊楼", "Project", "钢城区澄波医院门诊楼")}


def test_entities_a_given_name_ending_in_he_before_a_verb(nlp):
    # 崔 | 永和 | 说: 和 ends the given name before a verb or a stop; before another name it joins two people
    assert found(nlp, "村委会主任王永和说，今年村里增收。", "Official") == {("王永和", "Official", "王永和")}
    assert found(nlp, "县长王明和李华出席。", "Official") == {("王明", "Official", "王明"), ("李华", "Official", "李华")}


def test_entities_a_settlement_named_by_characters_jieba_reads_one_by_one(nlp):
    # 岚 | 圩 | 社区: no word jieba knows, each character read alone, is a name; a word it knows (新型) or a count is none
    assert found(nlp, "岚圩社区投资460万元实施改造。这个村和新型社区。", "Place") == {("岚圩社区", "Place", "岚圩社区")}


def test_entities_a_route_between_two_villages(nlp):
    # 甲镇乙村至丙村旅游公路工程: villages written with their unit are a route's ends, as towns are
    assert found(nlp, "翠垟镇南岭村至后坡村旅游公路工程串联起多个景点。", "Project") == {
        ("翠垟镇南岭村至后坡村旅游公路工程", "Project", "翠垟镇南岭村至后坡村旅游公路工程")}


def test_entities_a_work_named_by_common_words_keeps_its_project_word(nlp):
    # 高端精密轴承产业基地 | 项目: the base, named by the industry it gathers, is the work the project word ends
    assert found(nlp, "会上签约的高端精密轴承产业基地项目，主要建设智能产线。", "Project") == {
        ("高端精密轴承产业基地项目", "Project", "高端精密轴承产业基地项目")}


def test_entities_a_dateline_names_an_outlet_only_before_a_city_and_its_date(nlp):
    # 人民网福州4月26日电: an outlet, a city, the date; 镇里还在社 | 区规划建设…直播 | 电商: a 社 and a 电 of everyday words
    assert found(nlp, "镇里还在社区规划建设上岚农产品直播电商中心。") == set()
    assert found(nlp, "人民网福州4月26日电 （王晓梅）25日下午，会议召开。", "Organization") == {("人民网", "Organization", "人民网")}


def test_entities_a_route_between_a_hill_and_a_pass(nlp):
    # 梨花 | 岭 | 至黄龙 | 垭 | 通村公路…工程: a common word and a hill's or pass's character jieba leaves alone (岭, 垭:
    # work_names.tsv end) are a route's ends
    assert found(nlp, "由县交通运输局投资建设的梨花岭至黄龙垭通村公路提档升级工程全长7.8公里。", "Project") == {
        ("梨花岭至黄龙垭通村公路提档升级工程", "Project", "梨花岭至黄龙垭通村公路提档升级工程")}


def test_entities_a_given_name_ending_in_he_jieba_reads_apart_before_shuo(nlp):
    # 王正 | 和 | 说 (jieba's name, then 和 alone): 和 ends the given name before 说 as before a verb of two characters
    assert found(nlp, "翠岭中学校长王正和说，学校将选派骨干教师。", "Official") == {("王正和", "Official", "王正和")}


def test_entities_works_words_jieba_tags_as_names_and_slogans_are_no_names(nlp_full):
    # 路基 (jieba: nrt) is a roadbed, no person; 老旧小区 | 焕新颜, a headline's slogan opened by a generic phrase, no place
    doc = nlp_full("钢城区召开会议。翠岭公路由宏耀路桥工程有限公司承建，目前已完成路基施工。\n上岚社区：老旧小区焕新颜\n")
    assert {(m.text, m.type) for m in doc._.kg_mentions if m.type in ("Person", "Place")} == {
        ("钢城区", "Place"), ("上岚社区", "Place")}


def test_entities_a_work_done_to_a_long_named_work(nlp):
    # 甲镇有机蔬菜标准化基地 | 提质项目: the words before 提质 name a work of their own, so the name is no long
    # description; counted from that work's end it is short
    text = "其中，澄波镇有机蔬菜标准化基地提质项目1200万元。"
    assert {(n, t) for n, t, _ in found(nlp, text) if t == "Project"} == {("澄波镇有机蔬菜标准化基地提质项目", "Project")}


def test_entities_no_name_opens_with_the_word_joining_two_occasions(nlp):
    # 签约 | 暨宏擎 | 航空部件产业园开工仪式, where jieba reads 暨 into an unknown word: the park's name starts after 暨
    text = "钢城区举行2025年第二季度重点项目集中签约暨宏擎航空部件产业园开工仪式"
    assert {n for n, t, _ in found(nlp, text) if t == "Project"} == {"宏擎航空部件产业园"}


@pytest.mark.parametrize("text, expected", [
    # settlements listed by their own words, the unit they share written once after 等 or a count
    ("颜庄镇将串联东高、上岚、翠涧等村的特色资源。", {"东高村", "上岚村", "翠涧村"}),
    ("东高、上岚两村共建冷库。", {"东高村", "上岚村"}),
    # everyday words listed before the unit name no settlement
    ("帮扶薄弱、涣散等村。", set()),
    ("推动东部、西部等社区发展。", set()),
])
def test_entities_settlements_listed_before_the_unit_they_share(nlp, text, expected):
    assert {n for _, t, n in found(nlp, text) if t == "Place"} == expected


@pytest.mark.parametrize("text,expected", [
    # Tibetan and Mongolian names have no family name: after a post, two parts of minority_names.txt run together
    ("镇长扎西次仁说，书记达瓦卓玛表示同意。", {("扎西次仁", "Official"), ("达瓦卓玛", "Official")}),
    ("局长乌云高娃介绍，今年新建冷库3座。", {("乌云高娃", "Official")}),
    # a name of four characters jieba knows as a person's, a verb after it
    ("副局长斯琴高娃表示同意。", {("斯琴高娃", "Official")}),
    # one part alone is no name (达瓦 is also a word of other names); a Han name is read as before
    ("局长王晓梅表示同意。", {("王晓梅", "Official")}),
])
def test_entities_tibetan_and_mongolian_names_after_a_post(nlp, text, expected):
    assert {(n, t) for _, t, n in found(nlp, text) if t in ("Official", "Person")} == expected


@pytest.mark.parametrize("text, expected", [
    # Inner Mongolia's village (嘎查) and township (苏木) are places named by their unit, as 村 and 乡 are
    ("带动上岚嘎查142户农牧民增收。", {"上岚嘎查"}),
    ("翠岭苏木召开会议。", {"翠岭苏木"}),
    # the villages and gachas of a town in general name none
    ("硬化通嘎查村道路42公里。", set()),
])
def test_entities_gachas_and_sumus(nlp, text, expected):
    assert {n for _, t, n in found(nlp, text) if t == "Place"} == expected


@pytest.mark.parametrize("text, expected", [
    # an alliance is a body when a place (or a word jieba does not know) is in its name; a game's name is none
    ("钢城区茶产业联盟主办。", {"钢城区茶产业联盟"}),
    ("再说英雄联盟这款游戏。", set()),
])
def test_entities_an_alliance_named_after_its_place(nlp, text, expected):
    assert {n for _, t, n in found(nlp, text) if t == "Organization"} == expected


def test_entities_a_firm_s_brand_jieba_knows_as_a_word_opens_the_work_it_builds(nlp):
    # 山东启航化学品有限公司，投资8亿元建设 | 启航 | 高纯…基地项目: the firm's brand after its places opens the work it
    # builds in the same sentence, though jieba reads it as a word (启航); in another sentence it does not
    assert {n for _, t, n in found(nlp, "山东启航化学品有限公司，投资8亿元建设启航高纯化学品生产基地项目。") if t == "Project"} == {
        "启航高纯化学品生产基地项目"}
    assert {n for _, t, n in found(nlp, "山东启航化学品有限公司签约。区里将建设启航高纯化学品生产基地项目。") if t == "Project"} == {
        "高纯化学品生产基地项目"}


@pytest.mark.parametrize("text, expected", [
    # a reservoir or river named by two characters jieba reads one by one opens a work's name: the work of a place
    ("岚圩水库除险加固工程年内开工。", {("岚圩水库除险加固工程", "Project")}),
    ("全市各水库除险加固工程年内开工。", set()),
])
def test_entities_a_work_of_a_place_named_by_characters_jieba_reads_alone(nlp, text, expected):
    assert {(n, t) for _, t, n in found(nlp, text) if t == "Project"} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a town the divisions data does not hold, written right after its county in full, is a place
        ("走进位于钢城区澄沣镇的产业园。", {("钢城区", "Place", "钢城区"), ("澄沣镇", "Place", "澄沣镇")}),
        # (not 小镇 of 特色小镇, 乡镇 of 部分乡镇, 城区 of 城区街道, 各乡 of 各乡镇)
        ("钢城区特色小镇建设加快。", {("钢城区", "Place", "钢城区")}),
        ("钢城区部分乡镇开展检查。", {("钢城区", "Place", "钢城区")}),
        ("钢城区各乡镇开展检查。", {("钢城区", "Place", "钢城区")}),
    ],
)
def test_entities_a_town_written_after_its_county(nlp, text, expected):
    assert found(nlp, text, "Place") == expected


def test_entities_a_firm_s_own_work_of_common_words_and_a_work_s_section_in_brackets(nlp):
    # 甲有限公司的 | 苦水综合利用项目: a firm's work of common words is a work; 农村公路提升工程（甲村至乙村段）: the section in
    # brackets makes one of common words and ends its name; 甲公司的重点项目 is none (a generic phrase)
    assert found(nlp, "宏耀盐化有限公司的苦水综合利用项目正在安装设备，天铭化工有限公司的重点项目已投产。", "Project") == {
        ("苦水综合利用项目", "Project", "苦水综合利用项目")}
    assert found(nlp, "四、农村公路提升工程（东高村至西岚村段），安排资金1240万元。", "Project") == {
        ("农村公路提升工程（东高村至西岚村段）", "Project", "农村公路提升工程（东高村至西岚村段）")}


def test_entities_the_work_a_numbered_item_opens_with(nlp):
    # 三、甲县：肉牛标准化养殖小区改扩建项目，安排资金…: the head of a numbered item is a work though its words are common
    # ones; the same words inside a sentence are none
    assert found(nlp, "三、槐荫区：肉牛标准化养殖小区改扩建项目，安排资金750万元；", "Project") == {
        ("肉牛标准化养殖小区改扩建项目", "Project", "肉牛标准化养殖小区改扩建项目")}
    assert found(nlp, "今年要加快肉牛标准化养殖小区改扩建项目，安排资金750万元。", "Project") == set()


def test_entities_and_before_a_name_opening_with_its_place_parts_two_names(nlp):
    # 甲镇蜜桔数字果园和 | 鲁南乙农业发展有限公司: a name opening with a place after 和 is one of its own (鲁南: a place
    # jieba knows); 城市更新和城市建设 (城市, an everyday word) and 文化和旅游 still join one body's name
    assert found(nlp, "实地观摩了澄岭镇蜜桔数字果园和鲁南宏耀农业发展有限公司。", "Company") == {
        ("鲁南宏耀农业发展有限公司", "Company", "鲁南宏耀农业发展有限公司")}
    assert found(nlp, "实地观摩了澄岭镇蜜桔数字果园和鲁南宏耀农业发展有限公司蜜桔深加工基地。", "Project") == {
        ("鲁南宏耀农业发展有限公司蜜桔深加工基地", "Project", "鲁南宏耀农业发展有限公司蜜桔深加工基地")}
    assert found(nlp, "钢城区城市更新和城市建设指挥部、区文化和旅游局参加。", "Agency") == {
        ("钢城区城市更新和城市建设指挥部", "Agency", "钢城区城市更新和城市建设指挥部"),
        ("区文化和旅游局", "Agency", "区文化和旅游局")}


@pytest.mark.parametrize("text", ["经研究，本批主要项目及资金安排如下：", "新建城市主干路4.6公里，改造城市次干路2公里。",
                                  "部分重点项目进展缓慢。"])
def test_entities_a_batch_s_works_and_a_road_s_class_name_nothing(nlp, text):
    # 本批 | 主要项目 (a determiner opening the phrase), 城市主干路 (a road's class): generic phrases, no names
    assert found(nlp, text) == set()


@pytest.mark.parametrize(
    "text,expected",
    [
        # one occasion of two names, its year before the first: jieba glues 暨 to the words round it (节暨澄波), and the
        # second opens with a brand in quotes holding a place (“钢城好品”)
        ("9月22日，2025年钢城区农民丰收节暨澄波农产品展销会在颜庄镇开幕。", "2025年钢城区农民丰收节暨澄波农产品展销会"),
        ("9月22日，2025年钢城区农民丰收节暨“钢城好品”农产品展销会在颜庄镇开幕。",
         "2025年钢城区农民丰收节暨“钢城好品”农产品展销会"),
    ],
)
def test_entities_an_occasion_of_two_names_joined_by_ji(nlp, text, expected):
    assert {m.text for m in mentions(nlp, text) if m.type == "Project"} == {expected}


@pytest.mark.parametrize(
    "text,expected",
    [
        # 新任 | 镇党委书记: newly appointed, no town's name (新任镇)
        ("据了解，新任镇党委书记王晓梅表示，将聚焦石雕产业。", {("王晓梅", "Official", "王晓梅")}),
        # 镇属平台公司 | 甲有限公司: what kind of owner the firm is, no part of its name
        ("由镇属平台公司钢城区澄沣农业发展有限公司投资建设。",
         {("钢城区澄沣农业发展有限公司", "Company", "钢城区澄沣农业发展有限公司"), ("钢城区", "Place", "钢城区")}),
    ],
)
def test_entities_words_before_a_name_that_say_what_it_is(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a town whose last character jieba glues to its unit in a word it only guessed (澄岭 | 铺镇): the whole town, after
        # its county, and no town 铺镇 of the divisions data's inside it
        ("走进钢城区澄岭铺镇东高村。", {("钢城区", "Place", "钢城区"), ("澄岭铺镇", "Place", "澄岭铺镇"), ("东高村", "Place", "东高村")}),
        ("近年来，澄岭铺镇立足资源禀赋。", set()),
        # (not 工业 | 强镇: the town's first words are everyday ones)
        ("钢城区工业强镇建设加快。", {("钢城区", "Place", "钢城区")}),
    ],
)
def test_entities_a_town_jieba_cuts_before_its_last_character(nlp, text, expected):
    assert found(nlp, text, "Place") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an institution a building verb names, opening with the brand of a firm the text names: the firm's work
        ("翠岭环保科技有限公司将在园区内建设翠岭危废综合处置中心。", {"翠岭危废综合处置中心"}),
        # (not one of everyday words, 智能家居生产车间, nor the parts of a work listed, 冷库及分拣加工中心)
        ("公司将建设智能家居生产车间。", set()),
        ("建设冷库8万立方米及分拣加工中心。", set()),
        # (nor what a work builds, listed after the work: 甲项目建设冷库4万吨及分拣配送中心; 甲项目及乙项目 are two works)
        ("翠岭农产品冷链物流中心项目建设冷库4万吨及分拣配送中心。", {"翠岭农产品冷链物流中心项目"}),
    ],
)
def test_entities_an_institution_a_building_verb_names_is_a_work(nlp, text, expected):
    assert {m.text for m in mentions(nlp, text) if m.type == "Project"} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a town the divisions data lacks, written with its unit, before a work's name with a proper part of its own: a
        # place of its own, where the work is
        ("随后来到澄沣街道翠岭云谷数字经济产业园项目。", {("澄沣街道", "Place", "澄沣街道"),
                                           ("翠岭云谷数字经济产业园项目", "Project", "翠岭云谷数字经济产业园项目")}),
        # (not a work of common words, nor one named after an institution of the town, nor a route's first end)
        ("澄沣镇肉牛标准化养殖小区改扩建项目开工。", {("澄沣镇肉牛标准化养殖小区改扩建项目", "Project", "澄沣镇肉牛标准化养殖小区改扩建项目"),
                                        ("澄沣镇", "Place", "澄沣镇"), ("肉牛标准化养殖小区", "Place", "肉牛标准化养殖小区")}),
        ("澄沣镇中心卫生院迁建工程开工。", {("澄沣镇中心卫生院迁建工程", "Project", "澄沣镇中心卫生院迁建工程")}),
    ],
)
def test_entities_a_town_the_divisions_data_lacks_before_a_work(nlp, text, expected):
    assert {f for f in found(nlp, text) if f[1] in ("Place", "Project")} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a town written before a quarter (街区) holds it: 街 opens the word 街区, no street
        ("来到澄沣街道翠岭历史街区。", {("澄沣街道", "Place", "澄沣街道"), ("翠岭历史街区", "Place", "翠岭历史街区")}),
        # (a street after its town is parted where streets are found: one place of the town's and the road's)
        ("来到澄沣街道翠岭路。", {("澄沣街道", "Place", "澄沣街道"), ("翠岭路", "Place", "翠岭路")}),
    ],
)
def test_entities_a_town_before_a_quarter_holds_it(nlp, text, expected):
    assert found(nlp, text, "Place") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # two items or more, each a body and a person's name with no post: people (the text gives them no post)
        ("经评审，钢城区水利局王晓梅、艾山街道办事处李建华获得一等奖。", {"王晓梅", "李建华"}),
        # (one item alone is no list)
        ("经评审，钢城区水利局王晓梅获得一等奖。", set()),
    ],
)
def test_entities_people_listed_each_after_a_body(nlp, text, expected):
    assert {m.text for m in mentions(nlp, text) if m.type in ("Person", "Official")} == expected
    assert {m.type for m in mentions(nlp, text) if m.text in expected} <= {"Person"}


@pytest.mark.parametrize(
    "text,expected",
    [
        # an event's year written without 年 opens its name, the county after it too (the next year's is another event)
        ("由钢城区人民政府主办的2025钢城区樱桃开园节暨农特产品推介会在艾山街道开幕。",
         {"2025钢城区樱桃开园节暨农特产品推介会"}),
        ("由钢城区人民政府主办的2025年钢城区樱桃开园节暨农特产品推介会在艾山街道开幕。",
         {"2025年钢城区樱桃开园节暨农特产品推介会"}),
    ],
)
def test_entities_an_event_opening_with_its_bare_year(nlp, text, expected):
    assert {m.text for m in mentions(nlp, text) if m.type == "Project"} == expected


def test_entities_a_documents_issuer_code_is_no_name(nlp_full):
    # 王政任〔2025〕6号, 张政字[2025]: the issuer's code before the year in a document's brackets (the tagger reads a
    # person there)
    assert typed(nlp_full, "发布时间：2025-04-08　　文号：王政任〔2025〕6号") == set()
    assert typed(nlp_full, "发布时间：2025-04-08　　文号：张政字[2025]6号") == set()


@pytest.mark.parametrize(
    "text,expected",
    [
        # a contest's prizes for the units that organised its rounds or coached its entrants
        ("钢城区水利局、艾山街道办事处等10家单位获得第三届钢城区水利科普讲解大赛优秀组织奖。",
         {"第三届钢城区水利科普讲解大赛优秀组织奖"}),
        ("钢城区水利局获得第三届钢城区水利科普讲解大赛最佳组织奖。", {"第三届钢城区水利科普讲解大赛最佳组织奖"}),
    ],
)
def test_entities_a_contests_organisers_prize(nlp, text, expected):
    assert {m.name for m in mentions(nlp, text) if m.type == "Award"} == expected


def test_entities_a_ministrys_institute_in_a_city_is_named_after_the_ministry(nlp):
    # 交通运输部 | 天津 | 水运工程科学研究所: the ministry's institute, in a city
    assert {f for f in found(nlp, "交通运输部天津水运工程科学研究所获得优秀组织奖。") if f[1] == "Organization"} == {
        ("交通运输部天津水运工程科学研究所", "Organization", "交通运输部天津水运工程科学研究所")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # all between 任命 and 为 is the person's name, whether kg's list has the family name (折, 拓: rare ones) or not
        ("任命折晓东为钢城区财政局局长；任命拓建华为钢城区水利局副局长。", {"折晓东", "拓建华"}),
        ("任命王晓梅同志为钢城区财政局局长。", {"王晓梅"}),
    ],
)
def test_entities_the_person_a_notice_appoints(nlp, text, expected):
    assert {m.text for m in mentions(nlp, text) if m.type == "Official"} == expected


def test_entities_an_everyday_word_jieba_tags_as_a_name_is_no_body(nlp_full):
    # 科普 (popular science), which jieba tags nrt as it tags brands (海尔): kg's everyday words say it is none
    assert typed(nlp_full, "各级水利部门要把科普工作与业务工作同部署，海尔集团参加。") == {("海尔集团", "Company")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a numbered item's head names its work however many words it takes, its amount after a space
        ("一、钢城区（1280万元）\n1.钢城区澄沣镇农产品产地冷藏保鲜设施建设项目 360万元\n",
         {"澄沣镇农产品产地冷藏保鲜设施建设项目"}),
    ],
)
def test_entities_a_numbered_items_head_of_many_words(nlp, text, expected):
    assert {m.text for m in mentions(nlp, text) if m.type == "Project"} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # 芦岭村 | 黄河大米: a village's name and a character before a river's word name the village and what is of
        # it (a brand), no river 芦岭村黄河
        ("颜庄镇芦岭村黄河大米加工车间项目安排900万元。",
         {("颜庄镇", "Place"), ("芦岭村", "Place"), ("芦岭村黄河大米加工车间项目", "Project")}),
        # (a river of its own name stays one: 翠岭河)
        ("翠岭河综合治理工程开工。", {("翠岭河", "Place"), ("翠岭河综合治理工程", "Project")}),
    ],
)
def test_entities_a_villages_name_before_a_rivers_word_names_the_village(nlp, text, expected):
    assert {(m.text, m.type) for m in mentions(nlp, text)} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # 翠云湖 | 北岸: a lake's 湖 and the bearing of its shore, no province 湖北 (nor 河南 of 翠河南侧)
        ("实施翠云湖北岸湿地生态修复工程，翠河南侧建设步道。", set()),
        # (a province opening a clause, or a name: 湖北省财政厅)
        ("湖北省财政厅下达资金，河南岸边的企业参加。", {"湖北省", "河南"}),
    ],
)
def test_entities_a_lakes_shore_is_no_province(nlp, text, expected):
    assert {m.text for m in mentions(nlp, text) if m.type == "Place" and m.rule == "place_gazetteer"} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a ministry's department written right after the ministry (…司), and a national alliance (中华…联盟)
        ("由生态环境部法规与标准司承办，中华环保装备创新联盟协办。",
         {("生态环境部法规与标准司", "Agency", "生态环境部法规与标准司"),
          ("中华环保装备创新联盟", "Organization", "中华环保装备创新联盟")}),
        # (a firm's 公司 after a ministry is no department; an alliance of common words alone is none)
        ("水利部和中国电信股份有限公司参加，产业创新联盟成立。",
         {("水利部", "Agency", "水利部"), ("中国电信股份有限公司", "Company", "中国电信股份有限公司")}),
    ],
)
def test_entities_a_ministrys_department_and_a_national_alliance(nlp, text, expected):
    assert {f for f in found(nlp, text) if f[1] != "Place"} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a working body named by its task, the verb after what it is done to (推进, 协调)
        ("钢城区重大项目推进办公室、钢城区城市更新协调专班获评先进集体。",
         {"钢城区重大项目推进办公室", "钢城区城市更新协调专班"}),
        # (the office of a headquarters named so is one body: …推进指挥部办公室, not its 指挥部 too)
        ("钢城区城市更新推进指挥部办公室定期发布进度。", {"钢城区城市更新推进指挥部办公室"}),
    ],
)
def test_entities_a_working_body_named_by_its_task(nlp, text, expected):
    assert {m.text for m in mentions(nlp, text) if m.type == "Agency"} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a firm's name and 项目 (its project's site) name no work; the firm's work named in full does
        ("在翠岭精密机械有限公司项目工地，工人们正在吊装钢结构。", set()),
        ("翠岭精密机械有限公司年产5万台精密减速机项目开工。", {"翠岭精密机械有限公司年产5万台精密减速机项目"}),
    ],
)
def test_entities_a_firms_project_named_by_the_firm_alone(nlp, text, expected):
    assert {m.text for m in mentions(nlp, text) if m.type == "Project"} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a list of trades closed by the count of its kind (三大产业) names no firms; a list of brands does
        ("园区重点发展氟碳新材料、锂硅材料和智能装备三大产业。", set()),
        ("翠岭动力、宏耀股份、天铭集团入驻园区。", {"翠岭动力", "宏耀股份", "天铭集团"}),
        # nor one closed by the firms of its fields (等领域企业); the firms of a chain (等产业链上下游企业) are firms, after
        # 吸引 or 招引 (no part of the first firm's name)
        ("园区重点招引钛及钛合金深加工、工业机器人等领域企业。", set()),
        ("钢城区吸引宏耀、天铭等产业链上下游企业落户。", {"宏耀", "天铭"}),
    ],
)
def test_entities_a_list_closed_by_the_count_of_its_trades_names_no_firms(nlp, text, expected):
    assert {m.text for m in mentions(nlp, text) if m.type == "Company"} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a village's co-operative is named after the village, which alone signals no proper name to jieba
        ("2023年以来，翠山镇梨花峪村成立梨花峪村股份经济合作社，发展茶叶加工。",
         {("翠山镇", "Place"), ("梨花峪村", "Place"), ("梨花峪村股份经济合作社", "Organization")}),
        # 芦岭村民宿集群项目, where jieba reads the title 村民 (villagers): the village's name opens the work's
        ("芦岭村民宿集群项目由宏耀文旅发展集团有限公司投资建设。",
         {("芦岭村民宿集群项目", "Project"), ("宏耀文旅发展集团有限公司", "Company")}),
        # a yearly capacity written as a rate (10万吨/年) opens the work's name, as 年产10万吨 does
        ("宏耀盐化有限公司投资3.5亿元建设的10万吨/年高纯碳酸锂项目进入设备安装阶段。",
         {("宏耀盐化有限公司", "Company"), ("10万吨/年高纯碳酸锂项目", "Project")}),
        # a national brand and a place joined by a middle dot open an event's name after its year
        ("9月19日，2025中国·钢城线缆产业发展大会开幕。", {("2025中国·钢城线缆产业发展大会", "Project"), ("钢城", "Place")}),
    ],
)
def test_entities_a_villages_institution_and_work_a_rate_of_capacity_and_a_brand_joined_by_a_dot(nlp, text, expected):
    assert typed(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a body's session written without 第 (十九届) is no part of its name either
        ("钢城区十九届人大常委会第二十三次会议举行。", {("钢城区十九届人大常委会", "Agency", "钢城区人民代表大会常务委员会"),
                                                   ("钢城区", "Place", "钢城区")}),
        # the people of a list of removals under its heading (决定免去：) are officials, each line 某某的…职务
        ("会议表决通过了人事任免事项。\n决定免去：\n周明的钢城区发展和改革局局长职务；\n李建华的钢城区教育和体育局局长职务。",
         {("周明", "Official", "周明"), ("李建华", "Official", "李建华"),
          ("钢城区发展和改革局", "Agency", "钢城区发展和改革局"), ("钢城区教育和体育局", "Agency", "钢城区教育和体育局"),
          ("钢城区", "Place", "钢城区")}),
    ],
)
def test_entities_a_session_without_its_ordinal_word_and_a_list_of_removals(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the bare 园区 of a park's service centre, opening a clause before its head's title, is the park named before
        ("走进翠岭新材料产业园，塔吊林立。园区管理服务中心主任周明介绍了园区的服务机制。",
         {("翠岭新材料产业园", "Project", "翠岭新材料产业园"), ("周明", "Official", "周明"),
          ("园区管理服务中心", "Agency", "翠岭新材料产业园管理服务中心")}),
        # a fund named by what it is for (老旧小区改造 | 省级奖补资金) names no work; the works it is used for do
        ("省财政厅下达钢城区老旧小区改造省级奖补资金1500万元，统筹用于翠云里小区综合改造项目。",
         {("省财政厅", "Agency", "省财政厅"), ("钢城区", "Place", "钢城区"), ("翠云里小区", "Place", "翠云里小区"),
          ("翠云里小区综合改造项目", "Project", "翠云里小区综合改造项目")}),
    ],
)
def test_entities_a_parks_service_centre_and_a_fund_named_by_what_it_is_for(nlp, text, expected):
    assert found(nlp, text) == expected


def test_entities_a_firms_brand_ends_inside_no_place(nlp):
    # 钢城区翠泉 is the brand of 钢城区翠泉产业投资发展有限公司, but in 钢城区翠泉街道 it ends inside the town: no firm
    text = "走进位于钢城区翠泉街道的翠泉新材料产业园。园区基础设施由钢城区翠泉产业投资发展有限公司负责投资建设。"
    assert typed(nlp, text) == {("钢城区", "Place"), ("翠泉街道", "Place"), ("翠泉新材料产业园", "Project"),
                                ("钢城区翠泉产业投资发展有限公司", "Company")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a bearing opening a clause before a village of the divisions data opens the village's name (东 | 袁宋村 is 东袁宋村),
        # and once the page has named 东袁宋村 the same village wherever the bearing stands before it (以东 | 袁宋村)
        ("东袁宋村蔬菜大棚提升项目是颜庄镇的重点项目。镇里打造了以东袁宋村、芦岭村为核心的示范片区。",
         {("东袁宋村蔬菜大棚提升项目", "Project", "东袁宋村蔬菜大棚提升项目"), ("东袁宋村", "Place", "东袁宋村"),
          ("颜庄镇", "Place", "颜庄镇"), ("芦岭村", "Place", "芦岭村")}),
        # 另据, 并报: words that end a name on its left (boundaries.txt), however jieba glues them
        ("另据钢城区宏耀集团有限公司董事会决议，聘任李建华为该公司总经理。",
         {("钢城区宏耀集团有限公司", "Company", "钢城区宏耀集团有限公司"), ("钢城区", "Place", "钢城区"),
          ("李建华", "Official", "李建华"), ("该公司", "Company", "钢城区宏耀集团有限公司")}),
        ("经审核，并报区政府同意，确定以下项目。", {("区政府", "Agency", "区人民政府")}),
        # 任 | 该公司 | 总经理: the firm named before (coreference), not a firm called 该公司 nor 任该公司
        ("钢城区宏耀集团有限公司召开董事会，李建华任该公司总经理。",
         {("钢城区宏耀集团有限公司", "Company", "钢城区宏耀集团有限公司"), ("钢城区", "Place", "钢城区"),
          ("李建华", "Official", "李建华"), ("该公司", "Company", "钢城区宏耀集团有限公司")}),
        # a time (2026年底) before a phase word (一期) names no work
        ("翠岭储能电池基地项目由钢城区宏耀新能源科技有限公司投资建设，计划2026年底一期投产。",
         {("翠岭储能电池基地项目", "Project", "翠岭储能电池基地项目"), ("钢城区", "Place", "钢城区"),
          ("钢城区宏耀新能源科技有限公司", "Company", "钢城区宏耀新能源科技有限公司")}),
        # a work named whole over 及 right before its kind word keeps the kind word (…环湖绿道 | 工程)
        ("钢城区实施翠云湖生态修复及环湖绿道工程，总投资6.4亿元。",
         {("钢城区", "Place", "钢城区"), ("翠云湖", "Place", "翠云湖"),
          ("翠云湖生态修复及环湖绿道工程", "Project", "翠云湖生态修复及环湖绿道工程")}),
        # 免去 | 于国庆 | 的: the person removed, a surname that is a preposition and a given name that is a common word
        ("决定免去于国庆的钢城区商务局局长职务。",
         {("于国庆", "Official", "于国庆"), ("钢城区商务局", "Agency", "钢城区商务局"), ("钢城区", "Place", "钢城区")}),
        # a brand in quotes right before a work's kind word opens its name (“翠乡记忆”民宿群), a slogan does not
        # take the words before it (新一轮 | “四改两建”工程)
        ("芦岭村将闲置老宅建成“翠乡记忆”民宿群。翠山镇实施新一轮“四改两建”工程。",
         {("芦岭村", "Place", "芦岭村"), ("“翠乡记忆”民宿群", "Project", "“翠乡记忆”民宿群"),
          ("翠山镇", "Place", "翠山镇"), ("“四改两建”工程", "Project", "“四改两建”工程")}),
        # 运维 (operation and maintenance): an everyday word, no proper part of a place's name (运维码头)
        ("项目主要建设风电运维码头、备品备件库。", set()),
    ],
)
def test_entities_bearings_of_villages_words_before_names_and_works_named_before_their_kind_word(nlp_full, text, expected):
    # (the whole pipeline: coreference resolves 该公司, and the towns and villages the divisions data lack are kept)
    assert found(nlp_full, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # words of a slogan in quotes are no person the tagger may read there (农文旅, 翠州·绿动)
        ("芦岭村走出了一条“农文旅”融合的路子。", {("芦岭村", "Place", "芦岭村")}),
        ("本次活动主题为“茶香翠州·绿动未来”。", set()),
        # an everyday phrase jieba cuts across its words (联农带 | 农) is no proper part of a work's name
        ("重点支持产业发展、农村基础设施和联农带农项目建设。", set()),
    ],
)
def test_entities_slogans_in_quotes_and_everyday_phrases_jieba_cuts_across_name_nothing(nlp_full, text, expected):
    assert found(nlp_full, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a town of the divisions data after a word of going there (来到) is where the work is, no word of its name
        ("周明一行首先来到姜山镇翠岭谷科创中心项目施工现场。",
         {("周明", "Person", "周明"), ("姜山镇", "Place", "姜山镇"), ("翠岭谷科创中心项目", "Project", "翠岭谷科创中心项目")}),
        # a street opening the work's name tells it apart after a town the divisions data lack (人民路, words jieba knows)
        ("在颜庄镇人民路片区城市更新项目现场，周明听取了汇报。",
         {("周明", "Person", "周明"), ("颜庄镇", "Place", "颜庄镇"), ("人民路", "Place", "人民路"),
          ("人民路片区城市更新项目", "Project", "人民路片区城市更新项目")}),
        # 各成员 | 单位: an everyday word after a job is nobody
        ("钢城区城市更新指挥部各成员单位主要负责同志参加会议。",
         {("钢城区城市更新指挥部", "Agency", "钢城区城市更新指挥部"), ("钢城区", "Place", "钢城区")}),
        # 强村公司: a kind of firm a policy names (stop_names.txt)
        ("镇里探索“强村公司+村集体+农户”发展模式。", set()),
        # a year and a place before 项目 (…项目建设突出贡献个人) name no work
        ("四、2023年度钢城区项目建设突出贡献个人（2名）", {("钢城区", "Place", "钢城区")}),
        # 产业新城 (a place), 智造园 (a park): the kind words of their names
        ("开工仪式在翠云湖产业新城主会场举行。", {("翠云湖产业新城", "Place", "翠云湖产业新城")}),
        ("周明来到位于翠岭智造园的宏耀智能装备有限公司。",
         {("周明", "Person", "周明"), ("翠岭智造园", "Place", "翠岭智造园"),
          ("宏耀智能装备有限公司", "Company", "宏耀智能装备有限公司")}),
    ],
)
def test_entities_towns_gone_to_streets_opening_works_and_generic_words_after_jobs_and_years(nlp_full, text, expected):
    assert found(nlp_full, text) == expected
