"""Place names only one region has: Taiwan's districts and townships, Hong Kong's districts, Macau's parishes.

Generated (13-dev, session 11, /work/notes/s11_13dev_places.py) from public lists, not from any text of a corpus:
modood/Administrative-divisions-of-China, dist/HK-MO-TW.json (commit 30104e31ebbaf90dd7285b9aab08cfc067216ca3:
Hong Kong's 18 districts, Macau's 7 parishes, Taiwan's 358 districts and townships; Kinmen and Lienchiang are not
in it), with the mainland's county-, township- and city-level names of the same repository (dist/areas.csv and
dist/streets.csv at dc3a1d7acd85ca1b0979543e9259604142c52e8e, dist/cities.csv at 2824502b) to leave out a name the
mainland has too, and jieba 0.42.1's word frequencies (its dict.txt) to leave out names that are common words.
Kept: a full name (汐止区) that is no mainland division's name, no bare direction (东区), not a word + 区 (新社区),
not a word jieba counts 20 times or more, nor one whose stem is (成功镇 starts 成功镇压); the name without its
suffix only with three characters or more, no mainland name, rare in jieba and inside no common word (太麻里,
油尖旺; not a two-character one: 员林 is found in 议员林, 水林 in 山水林田); a Taiwan district after its city
(新北市汐止, 新北汐止: CITY_DISTRICTS). As a check, none of them is found
in a text of another region in the corpora's development texts. Each word in Simplified and in its Traditional
forms as the figures fold leaves them (鶯歌区). Weights: one vote a name (two for a Macau parish).
"""

from __future__ import annotations

# region -> ((word, weight), ...), read by region.detect_region with its LEXICON
PLACES: dict[str, tuple[tuple[str, int], ...]] = {
    "tw": tuple(
        (w, 1)
        for w in """
        内湖区 北投区 万华区 新庄区 芦洲区 蘆洲区 汐止区 林口区 莺歌区 鶯歌区 五股区 瑞芳区 三芝区
        貢寮区 贡寮区 双溪区 石碇区 坪林区 乌来区 烏来区 平溪区 中坜区 中壢区 平镇区 八德区 芦竹区
        蘆竹区 大园区 新屋区 北屯区 西屯区 大里区 南屯区 潭子区 沙鹿区 大甲区 乌日区 烏日区 神冈区
        神岡区 雾峰区 霧峯区 霧峰区 梧栖区 梧棲区 后里区 东势区 外埔区 石冈区 石岡区 新营区 归仁区
        歸仁区 佳里区 善化区 麻豆区 新化区 关庙区 关廟区 学甲区 西港区 后壁区 七股区 柳营区 玉井区
        楠西区 南化区 左镇区 龙崎区 三民区 前镇区 楠梓区 苓雅区 鼓山区 大寮区 冈山区 岡山区 仁武区
        路竹区 鳥松区 鸟松区 美浓区 美濃区 旗山区 梓官区 茄萣区 燕巢区 阿莲区 旗津区 前金区 盐埕区
        鹽埕区 内门区 六龟区 杉林区 田寮区 甲仙区 那玛夏区 那瑪夏区 那玛夏 那瑪夏 茂林区 七堵区 暖暖区
        竹北市 竹东镇 新埔镇 芎林乡 北埔乡 头份市 竹南镇 苑里镇 通霄镇 卓兰镇 头屋乡 狮潭乡 獅潭乡
        员林市 和美镇 鹿港镇 溪湖镇 二林镇 社头乡 伸港乡 永靖乡 埔心乡 芳苑乡 埔盐乡 埔鹽乡 埤头乡
        溪州乡 田尾乡 芬园乡 线西乡 草屯镇 埔里镇 集集镇 名间乡 鹿谷乡 水里乡 中寮乡 斗六市 虎尾镇
        西螺镇 斗南镇 土库镇 麦寮乡 古坑乡 莿桐乡 二仑乡 二崙乡 元长乡 水林乡 仑背乡 崙背乡 台西乡
        四湖乡 大埤乡 东势乡 褒忠乡 民雄乡 中埔乡 竹崎乡 东石乡 六脚乡 义竹乡 鹿草乡 番路乡 内埔乡
        万丹乡 里港乡 盐埔乡 鹽埔乡 枋寮乡 九如乡 万峦乡 万巒乡 佳冬乡 竹田乡 崁顶乡 麟洛乡 南州乡
        新埤乡 满州乡 三地门乡 三地门 来义乡 玛家乡 瑪家乡 枋山乡 泰武乡 雾台乡 霧台乡 头城镇 冬山乡
        五结乡 礁溪乡 员山乡 壮围乡 壯围乡 玉里镇 寿丰乡 寿豐乡 秀林乡 瑞穗乡 富里乡 万榮乡 万荣乡
        卓溪乡 丰滨乡 豐濱乡 卑南乡 太麻里乡 太麻里 池上乡 鹿野乡 长滨乡 长濱乡 海端乡 达仁乡 马公市
        西屿乡 西嶼乡 望安乡
    """.split()
    ),
    "hk": tuple(
        (w, 1)
        for w in """
        湾仔区 油尖旺区 油尖旺 深水埗区 深水埗 九龙城区 九龙城 观塘区 葵青区 荃湾区 屯门区 元朗区
    """.split()
    ),
    "mo": tuple(
        (w, 2)
        for w in """
        望德堂区 望德堂 风順堂区 风顺堂区 风順堂 风顺堂 花地玛堂区 花地瑪堂区 花地玛堂 花地瑪堂
        圣安多尼堂区 聖安多尼堂区 圣安多尼堂 聖安多尼堂 嘉模堂区 嘉模堂 圣方济各堂区 聖方济各堂区 圣方济各堂
        聖方济各堂
    """.split()
    ),
}


# a Taiwan city's districts without their suffix: a vote each only in a text that names the city too
# (新北 … 蘆洲 … 鶯歌): alone a name may be a word or a mainland place (莺歌燕舞, 芦洲乡); one that is a common
# word (三重, 成功, 树林: jieba 20 times or more; marked +) only right after its city (新北三重, 新北市三重)
CITY_DISTRICTS: dict[str, tuple[str, ...]] = {
    "台北": tuple(
        """
        +中山 +中正 +信义 +南港 +士林 +大同 +大安 +文山 +松山 万华 内湖 北投
        """.split()
    ),
    "新北": tuple(
        """
        +万里 +三峡 +三峽 +三重 +中和 +八里 +土城 +新店 +板桥 +树林 +永和 +泰山 +淡水
        +深坑 +石门 +金山 三芝 乌来 五股 双溪 坪林 平溪 新庄 林口 汐止 烏来 瑞芳 石碇 芦洲 莺歌
        蘆洲 貢寮 贡寮 鶯歌
        """.split()
    ),
    "桃园": tuple(
        """
        +复兴 +复興 +大溪 +杨梅 +桃园 +楊梅 +观音 +龙潭 +龟山 中坜 中壢 八德 大园 平镇 新屋
        芦竹 蘆竹
        """.split()
    ),
    "台中": tuple(
        """
        +丰原 +和平 +大安 +大肚 +大雅 +太平 +清水 +豐原 +龙井 东势 乌日 北屯 南屯 后里 外埔
        大甲 大里 新社 梧栖 梧棲 沙鹿 潭子 烏日 石冈 石岡 神冈 神岡 西屯 雾峰 霧峯 霧峰
        """.split()
    ),
    "台南": tuple(
        """
        +下营 +东山 +中西 +仁德 +六甲 +北门 +大内 +安南 +安定 +安平 +官田 +将军 +山上
        +新市 +永康 +白河 +盐水 +鹽水 七股 佳里 关庙 关廟 南化 后壁 善化 学甲 左镇 归仁 新化
        新营 柳营 楠西 歸仁 玉井 西港 麻豆 龙崎
        """.split()
    ),
    "高雄": tuple(
        """
        +凤山 +大树 +大社 +小港 +左营 +弥陀 +彌陀 +新兴 +新興 +林园 +桃源 +桥头 +永安
        +湖内 +鳳山 三民 仁武 六龟 内门 冈山 前金 前镇 大寮 岡山 旗山 旗津 杉林 梓官 楠梓 燕巢
        田寮 甲仙 盐埕 美浓 美濃 苓雅 茂林 茄萣 路竹 那玛夏 那瑪夏 阿莲 鳥松 鸟松 鹽埕 鼓山
        """.split()
    ),
    "基隆": tuple(
        """
        +中山 +中正 +仁愛 +仁爱 +信义 +安乐 七堵 暖暖
        """.split()
    ),
    "新竹": tuple(
        """
        +五峯 +五峰 +关西 +宝山 +尖石 +峨眉 +横山 +橫山 +湖口 北埔 新丰 新埔 新豐 竹东 竹北
        芎林
        """.split()
    ),
    "嘉义": tuple(
        """
        +大埔 +大林 +太保 +布袋 +新港 +朴子 +梅山 +水上 +溪口 +阿里山 东石 中埔 义竹 六脚
        民雄 番路 竹崎 鹿草
        """.split()
    ),
    "苗栗": tuple(
        """
        +三湾 +公馆 +大湖 +泰安 +苗栗 +西湖 +造桥 +铜锣 三义 卓兰 南庄 后龙 头份 头屋 狮潭
        獅潭 竹南 苑里 通霄
        """.split()
    ),
    "彰化": tuple(
        """
        +二水 +北斗 +大城 +彰化 +田中 +秀水 +花坛 +花壇 二林 伸港 员林 和美 埔心 埔盐 埔鹽
        埤头 大村 永靖 溪州 溪湖 田尾 社头 福兴 福興 竹塘 线西 芬园 芳苑 鹿港
        """.split()
    ),
    "南投": tuple(
        """
        +仁愛 +仁爱 +信义 +南投 +国姓 +竹山 +魚池 +鱼池 中寮 名间 埔里 水里 草屯 集集 鹿谷
        """.split()
    ),
    "云林": tuple(
        """
        +口湖 +林内 东势 二仑 二崙 仑背 元长 北港 古坑 台西 四湖 土库 大埤 崙背 斗六 斗南 水林
        莿桐 虎尾 褒忠 西螺 麦寮
        """.split()
    ),
    "屏东": tuple(
        """
        +屏东 +恒春 +春日 +林边 +潮州 +牡丹 +狮子 +獅子 +琉球 +车城 +长治 +高树 万丹 万峦
        万巒 三地门 东港 九如 佳冬 内埔 南州 崁顶 新园 新埤 来义 枋寮 枋山 泰武 满州 玛家 瑪家 盐埔
        竹田 里港 雾台 霧台 鹽埔 麟洛
        """.split()
    ),
    "宜兰": tuple(
        """
        +三星 +南澳 +大同 +宜兰 +苏澳 +蘇澳 五结 冬山 员山 壮围 壯围 头城 礁溪 罗东
        """.split()
    ),
    "花莲": tuple(
        """
        +光复 +吉安 +新城 +花莲 万榮 万荣 丰滨 凤林 卓溪 富里 寿丰 寿豐 玉里 瑞穗 秀林 豐濱 鳳林
        """.split()
    ),
    "台东": tuple(
        """
        +东河 +兰屿 +兰嶼 +关山 +台东 +大武 +延平 +成功 +绿岛 卑南 太麻里 池上 海端 达仁 金峯
        金峰 长滨 长濱 鹿野
        """.split()
    ),
    "澎湖": tuple(
        """
        +湖西 +白沙 七美 望安 西屿 西嶼 马公
        """.split()
    ),
}
