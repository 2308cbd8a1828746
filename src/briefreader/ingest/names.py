"""Does a short Han value read as a person's name? A surname, then given-name characters.

A source is an outlet or an issuer, never a person ("来源：寇娟" names a person, whatever
the label says). metadata decides it by evidence first (the outlet table, an
organisation's ending, the page's own names, the text using the value as a person's);
this is the prior for a value with no such evidence: the shape of a Chinese name.

- surnames: the single-character surnames of the 百家姓 and the common modern ones it
  lacks (闫, 付, 肖...), and its compound surnames (欧阳, 司马...);
- given names: characters used mostly in given names, seldom in other words (娟, 婷,
  鑫, 磊, 晓...). Characters common in both (华, 明, 国, 新, 星, 龙, 云) are left out,
  so an outlet's short name that opens with a surname ("红星", "华龙", "石榴云") is not
  taken for a person: a name of ordinary words is no evidence either way. So are those that
  end many words (军, 兵, 静, 晶, 峰, 健: 空军, 冷静, 水晶, 山峰, 强健).
"""

from __future__ import annotations

# 百家姓, single-character surnames (simplified), and common modern surnames it lacks
SURNAMES = frozenset(
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎"
    "鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄"
    "和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭"
    "梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚"
    "程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫"
    "宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双"
    "闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容"
    "向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空"
    "曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公晋楚法汝鄢涂钦岳帅缑亢况郈有琴商牟佘佴伯赏墨哈谯"
    "笪年爱阳佟言福"
    "闫付肖覃邝"
)
COMPOUND_SURNAMES = frozenset(
    "万俟 司马 上官 欧阳 夏侯 诸葛 闻人 东方 赫连 皇甫 尉迟 公羊 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠 公孙 仲孙 "
    "轩辕 令狐 钟离 宇文 长孙 慕容 鲜于 闾丘 司徒 司空 亓官 司寇 子车 颛孙 端木 巫马 公西 漆雕 乐正 壤驷 公良 "
    "拓跋 夹谷 宰父 谷梁 段干 百里 东郭 南门 呼延 归海 羊舌 微生 梁丘 左丘 东门 西门 南宫 第五".split()
)
# characters used mostly in given names (few other words hold them)
GIVEN_NAME_CHARS = frozenset(
    # used mostly for women
    "娟婷娜芳秀敏丽艳燕霞玲萍莉倩蕾薇琳琪璐瑶婕妍怡欣颖慧婧媛嫣姗娅妮姝婉娴淑惠琴雯菲芬芸茜蓉珊琼瑛璇"
    "瑜琦珂玥雪莹滢莎岚黛翠婵嫦姣婀琬瑾萱涵梓蕊馨彤璟钰琰珺珏瑗"
    # used mostly for men
    "伟磊勇杰涛斌辉鹏浩俊刚毅豪彬翔鑫轩睿昊琛哲锋鸿晖炜烨煜铭楷栋骏骁凯坤淼焱垚旭超"
    # either
    "晓"
)


def name_shaped(value: str) -> bool:
    """A two- to four-character Han value that reads as a person's name: a surname (single or
    compound), then one or two given-name characters, the last of them one used mostly in names."""
    if not 2 <= len(value) <= 4:
        return False
    if value[:2] in COMPOUND_SURNAMES and len(value) >= 3:
        given = value[2:]
    elif value[0] in SURNAMES and len(value) <= 3:
        given = value[1:]
    else:
        return False
    return 1 <= len(given) <= 2 and given[-1] in GIVEN_NAME_CHARS
