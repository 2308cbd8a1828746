/**
 * 新闻接口mock数据
 */
export default {
    newsListMock() {
        return Promise.resolve({
            "code": 200,
            "msg": "success",
            "data": [{
                    "title": "探秘女民兵方队:有81位\"妈妈队员\" 平均身高1米72",
                    "digest": "我们把目光聚焦参阅的民兵方队，2009年，庆祝中华人民共和国60岁生日的那天，女民兵的亮相就曾吸引了无数眼球，那么，十年后的国庆日，她们又将会以怎样崭新的面貌接",
                    "docid": "EQ31D75L0001899O",
                    "pc_url": "http://news.163.com/19/0927/11/EQ31D75L0001899O.html",
                    "m_url": "http://3g.163.com/news/19/0927/11/EQ31D75L0001899O.html",
                    "imgsrc": "http://cms-bucket.ws.126.net/2019/09/27/522b6768307e45658fc904aba5a0d3a2.png",
                    "source": "央视新闻客户端",
                    "time": "2019-09-27 17:16:20"
                },
                {
                    "title": "孩子乱玩手机误点拍下一辆凯迪拉克？法院通报孩子乱玩手机误点拍下一辆凯迪拉克？法院通报",
                    "digest": "陈某在司法网络拍卖平台，以8万余元的价格，成功拍得一辆凯迪拉克，此后却不想要了，称自家小孩子乱玩手机误点。记者从南海法院获悉，最终陈某还是因自己的草率而买了单。",
                    "docid": "EQ39IOUB0001899N",
                    "pc_url": "http://news.163.com/19/0927/14/EQ39IOUB0001899N.html",
                    "m_url": "http://3g.163.com/news/19/0927/14/EQ39IOUB0001899N.html",
                    "imgsrc": "http://cms-bucket.ws.126.net/2019/09/27/49787296c2c94ef3bbb70eaff1d0346b.png",
                    "source": "南方都市报",
                    "time": "2019-09-27 17:16:26"
                }
            ],
            "Author": {
                "name": "Alone88",
                "desc": "由Alone88提供的免费API 服务，官方文档：www.alapi.cn"
            }
        });
    },
    newsDetailMock() {
        return Promise.resolve({
            "code": 200,
            "msg": "success",
            "data": {
                advertiseType: "C1374477598901",
                articleTags: "网易号",
                articleType: "wemedia",
                body: '<p>　　【环球网报道】当地时间1月6日下午，数百名抗议者聚集在美国首都华盛顿特区，为支持特朗普进行示威活动，以向正在进行的国会联席会议施压。随后，示威游行转向暴力倾向，部分示威者进入美国国会区域，并攻破了国会大厦，议员们已被紧急疏散。美国多个盟国领导人就此表态。</p><p><!--VIDEO#0--></p><!--IMG#0--><p>　　<strong>英国首相鲍里斯形容国会山的场景是“可耻的”</strong></p><p>　　约翰逊刚刚发推称美国国会的场面是“可耻的”。在推文中，约翰逊称：＂美国国会的可耻场面。美国在世界各地主张民主，现在至关重要的是实现和平有序的权力交接。＂</p><p>　　而就在不久前，拜登发表讲话，呼吁停止暴力活动。</p><p align="center">　　<!--IMG#1--><br/></p><p>　　<strong>加拿大总理特鲁多：在“一分钟不落”地关注</strong></p><p>　　外媒消息，加拿大总理特鲁多刚刚就美国国会骚乱表态，称加拿大政府正密切关注事态，“一分钟不落”。</p><p>　　<strong>北约秘书长：华盛顿特区发生令人震惊的一幕</strong></p><p>　　北约秘书长延斯·斯托尔滕贝格刚刚发推称，华盛顿特区发生令人震惊的一幕。这次民主选举的结果必须得到尊重。</p><!--IMG#2--><p>　　<strong>挪威首相：华盛顿特区的场面令人难以置信！</strong></p><p>　　美国有线电视新闻网（CNN）刚刚消息称，挪威首相索尔贝格发推对美国局势表示“难以置信”。</p><p>　　“华盛顿特区的场面令人难以置信，这是对民主完全不可接受的攻击。现在，制止这一情况的重任落在了特朗普总统身上。” 索尔贝格写道。</p><!--IMG#3--><p align="center">　　<!--IMG#4--><br/></p><p>　　<strong>欧洲议会议长：美国国会大厦场景“令人深感担忧”！</strong></p><p>　　美国有线电视新闻网（CNN）刚刚消息称，欧洲议会议长萨索利发推，“今晚在美国国会大厦发生的场景令人深感担忧。民主党的投票必须得到尊重。我们确信，美国将确保民主制度得到保护。”</p><!--IMG#5--><p>　　<strong>西班牙首相桑切斯：拜登将会克服这段紧张时期，团结美国人民</strong></p><p>　　西班牙首相桑切斯刚刚发推称，正在关注来自华盛顿国会山的消息。他称当选总统拜登将会克服这段紧张时期，团结美国人民。</p><!--IMG#6--><p>　　<b>莫迪：对美国发生暴乱“感到痛心”</b></p><p>　　印度总理莫迪发推称：“看到华盛顿特区发生暴乱和暴力的新闻，我感到痛心。（美国）必须继续有序和平地移交权力。民主进程不能够被非法者抗议者所颠覆。”</p><p align="center">　　<!--IMG#7--><br/></p><p>　　<b>爱尔兰外交部长西蒙·考文尼称：</b>“华盛顿特区发生令人震惊和深感悲伤的场景——我们必须明确，这是现任总统及其支持者对民主的蓄意攻击，试图推翻一场自由公正的选举！全世界都在关注！我们希望能恢复平静。”</p><p>　　<b>荷兰首相马克·吕特发推文称：</b>“来自华盛顿特区的可怕画面，特朗普总统，今天就承认拜登是下一任总统。”</p><p>　　<b>欧盟外交和安全政策高级代表何塞普·博雷利：</b>形容暴徒的行为是“对美国民主、制度和法治的一次无形的攻击”。</p><p>　　<b>欧洲理事会主席查尔斯·米歇尔称：</b>“美国国会是民主的殿堂。今晚发生在华盛顿的场面令人震惊。”</p><p>　　<b>欧盟委员会主席乌苏拉·冯德莱恩写道：</b>“我相信美国制度和民主的力量。权力的和平过渡是核心。乔·拜登赢得了选举。我期待与作为下一任美国总统的拜登合作。”</p><p>　　包括土耳其在内的一些外国政府警告在美国的公民要警惕潜在的进一步暴力行为。土耳其外交部在一份声明中表示，土耳其呼吁美国“各方”表现出“克制和常识”，“我们相信，美国将以成熟的方式克服这场国内政治危机”。委内瑞拉政府则表示，在周三发生在美国首都的“令人遗憾的事件”中，美国“遭受了其侵略政策在其他国家造成的同样的事情”。</p><p>　　<b>相关新闻</b></p><p>　　<!--link0--></p><p>　　当地时间1月6日，美国前总统巴拉克·奥巴马、乔治·W·布什、比尔·克林顿和吉米·卡特分别发表声明，对美国国会大厦发生的暴力事件表示谴责。</p><p>　　<b>奥巴马发声明谴责：今天是美国“巨大耻辱和蒙羞时刻”</b></p><p align="center">　　<!--IMG#8--><br/></p><p>　　美国有线电视新闻网（CNN）刚刚报道称，美国前总统奥巴马发表声明谴责称，今天发生的事件是“由现任总统煽动的”，是美国“巨大的耻辱和蒙羞时刻”。</p><p>　　“历史将正确地记住，今天发生在国会大厦的暴力事件，是由一位现任总统煽动的，他继续在合法选举结果上毫无根据地撒谎，这是我们国家巨大的耻辱和蒙羞的时刻。但如果我们把它完全当作一个惊喜，那就是自欺欺人了。”</p><p>　　<b>美国前总统小布什谴责冲击国会事件：“令人作呕”，又“让人心碎”</b></p><!--IMG#9--><p>　　据美国有线电视新闻网（CNN）消息，美国前总统乔治·W·布什发表声明，对当地时间6日下午特朗普支持者冲击美国国会大厦事件表示谴责，称其“令人作呕”，但又“让人心碎”。</p><p>　　<b>克林顿谴责冲击国会事件：我们国家面临着前所未有的攻击</b></p><p>　　据CNN消息，美国前总统克林顿发表声明，对当地时间6日下午特朗普支持者冲击美国国会大厦事件表示谴责称：“今天，我们的国会大厦、我们的宪法和我们的国家面临着前所未有的攻击。”</p><p>　　<b>美前总统卡特谴责冲击国会事件：这是一场国家悲剧</b></p><p>　　据美国广播公司（ABC）消息，美国前总统卡特发表声明，对当地时间6日下午特朗普支持者冲击美国国会大厦事件表示谴责称：“这是“一场国家悲剧，不是我们作为一个国家（应有）的样子。”</p><p>　　<!--link1--></p><p>　　推特安全账号发布声明称，特朗普的账号将被冻结12小时，日后如有违规，将会永久封禁。</p><p>　　据央视新闻，北京时间1月7日08时16分消息，当地时间1月6日晚，知名社交网站宣布，当天网站删除了特朗普3条个人文章，包括了他发表的视频称选举作弊，并呼吁示威者和平回家。此外，<strong>该网站宣布特朗普账号将被冻结12小时。他们声称，如果未来有进一步违反平台规则的情况发生，包括暴力威胁政策等，将会导致账号被永久移除</strong>。</p><p align="center">　　<!--IMG#10--><br/></p><p>　　特朗普在该社交网站共有8873.6万关注者，此前特朗普在该网站发文经常被标志“内容不实”或“违反推特政策”。</p><p>　　当地时间1月6日晚，美国总统特朗普在社交网站推特上发文，为下午在国会大厦发生的混乱进行辩护。特朗普说：“这些都是当神圣的压倒性选举胜利（指特朗普认为自己在总统大选中获胜），被毫不客气地、恶毒地从伟大的爱国者手中剥夺时发生的事。他们已经被长时间不公正地对待了。大家要充满爱与和平地回家。请永远记住这一天！”</p><p>　　社交网站随即在该条发文下提示，称关于选举的声明是存疑的，因担心暴力因素，该条声明无法被转发。</p><p>　　此外，据环球网，1月7日，据美国全国广播公司（NBC）报道，<strong>YouTube也删除了特朗普账户发布的视频</strong>。YouTube在一份声明中表示，有关视频违反了“有关内容的政策，这些内容声称广泛的欺诈或错误改变了（选举）结果。”</p><p>　　<!--link2--></p><p>　　<strong>海外网1月7日电</strong> 综合美媒报道，当地时间1月6日，美国一批特朗普的支持者闯入国会大楼，与警方爆发激烈冲突。美国当选总统拜登发文表示，“袭击国会不是表达异议，而是无秩序混乱，近乎&lsquo;煽动叛乱&rsquo;，必须马上停止。”</p><!--IMG#11--><p>　　美国国会大楼乱象（路透社）</p><p>　　综合CNN等多家美媒报道，美国一批特朗普的支持者闯入国会大楼，导致正进行确认各州选举人大选投票结果程序的联席会议，被迫暂停。示威者与警方爆发激烈冲突，国会内情况混乱，议事厅有玻璃窗被打碎，国会警察要举枪戒备。报道称，警方曾施放催泪弹，有人中枪，亦有其他人受伤。国民警卫军及联邦警方到国会控制场面，华盛顿哥伦比亚特区当地周三傍晚6时起宵禁。</p><p>　　美国当选总统拜登在社交媒体上发文表示，袭击国会不是表达异议，而是无秩序混乱，近乎“煽动叛乱”（sedition），必须马上停止。</p><p>　　拜登当地时间1月6日还就美国国会大楼发生的抗议暴乱发表讲话，称这是对民主的“侵犯”。拜登说：“此时此刻，我们的民主正受到前所未有的侵犯。抗议者袭击了国会大楼，议员和发誓要保护他们的国会警察&hellip;&hellip;国会大厦的混乱景象并不能反映一个真正的美国。我们看到的是一小部分极端分子，现在必须结束了。”他呼吁特朗普站出来向支持者们喊话，停止这场暴乱。</p><p>　　美国总统特朗普则在推特上发布简短视频讲话，要求闯入美国国会的示威者“立刻回家”，但他仍然表示，美国总统大选结果被“窃取”。</p><p><!--VIDEO#1--></p><p>　　<b>相关新闻：</b></p><p>　　<!--link3--></p><p>　　北京时间1月7日03时16分消息，特朗普支持者越过国会山区域警戒线，与警方发生冲突。</p><p>　　当地时间1月6日下午，数百名抗议者聚集在美国首都华盛顿特区，为支持唐纳德·特朗普进行示威活动，以向正在进行的国会联席会议施压，让其拒绝确认乔·拜登选举获胜的结果。</p><p align="center">　　<!--IMG#12--><br/></p><p>　　美国东部时间下午1时左右，特朗普的支持者们高呼“USA”，挥舞着美国国旗和写着“不要践踏我”的旗帜在国会大厦前进行抗议。</p><!--IMG#13--><p>　　部分抗议者穿过美国国会大厦周边设置的障碍，与全副武装的警察扭打起来。抗议者们称警察为“叛徒”，推着金属围栏试图穿越防线冲上国会大厦。为避免抗议者冲破防线，警察使用了胡椒喷雾。现场还有人使用了催泪瓦斯，但是目前无法确认来自抗议者还是警察。</p><!--IMG#14--><p>　　据国会警察称，国会大厦已经在与示威者的冲突中被攻破。众议院的门已经被锁上，来自国会警察的紧急警报也发出了同样的信息：“由于大楼内部的威胁，请在最近的办公室避难并保持安静。”</p><p>　　国会山警察还禁止任何人从参议院办公楼进入国会大楼。国会议员、工作人员和记者需要使用地下通道往来办公楼和国会大厦。</p><p>　　<strong>美国国会议员被要求就地避难，参议院辩论中途暂停</strong></p><p>　　当地时间1月6日下午，由于华盛顿部分示威者进入美国国会区域，美国国会警方认为将对正在进行大选认证程序的国会议员造成威胁，国会议员被要求进行就地避难（shelter in place）。目前，参议院辩论已经停止。</p><p>　　<strong>彭斯已从国会大厦撤离</strong></p><p>　　北京时间1月7日03时58分消息：当地时间1月6日下午，一位议员向美国有线电视新闻网（CNN）证实，众议院正在进行紧急人员撤离。此外，报道称美国副总统迈克·彭斯已从国会大厦撤离。</p><!--IMG#15--><p>　　一名示威者在被撤离的参议院会议厅。</p><p>　　据报道，抗议者们攻破了国会大厦，敲打着众议院大门，使得众议院不得不进行人员紧急撤离。</p><p>　　<strong>国会议员们戴上防毒面具紧急避难</strong></p><p>　　北京时间1月7日04时15分消息：据驻守在国会大楼的记者说，由于大楼的圆形大厅有催泪瓦斯，议员们被要求从座位下取出防毒面具，并撤离到衣帽间。</p><p>　　这名记者表示大家都吓坏了，纷纷戴上防毒面具躲到衣帽间避难，目前密室里大约有100人。</p><p>　　<strong>美媒：一名女子在国会大厦内遭枪击</strong></p><p>　　北京时间1月7日04时31分消息：据美国有线电视新闻网援引两位知情人士透露，一名女子在国会大厦内胸部中弹，目前情况危急。</p><!--IMG#16--><p>　　消息来源暂未透露有关枪击情况的进一步细节。</p><p>　　<strong>弗州州长：将派遣国民警卫队支援特区</strong></p><p>　　北京时间1月7日04时51分消息，美国弗吉尼亚州州长拉尔夫·诺瑟姆（Ralph Northam）在社交网站发文称，为了应对华盛顿特区的紧张局势，她将派遣弗吉尼亚州国民警卫队和200名警员支援特区。</p><p>　　<strong>美国国会警察要求更多执法部门的协助</strong></p><p>　　当地时间1月6日，据消息人士透露，美国国会警察要求包括联邦当局在内的更多执法部门提供协助，以应对越发无法控制的抗议人群。</p><p>　　据消息人士称，国会大厦外有几个可疑装置。另一个执法部门的消息来源说，华盛顿特区大都会警察局已经派出更多部门的警力来协助国会警察。</p><p>　　<strong>国会警官：国会大楼被抗议者“拆毁”，参议院近期内都不会在此开会</strong></p><p>　　北京时间1月7日05时41分消息，当地时间1月6日，据美国有线电视新闻网报道，由于支持特朗普的抗议者们袭击国会大楼，并破坏了建筑设施，国会警官表示，参议院6日或近期内都不会在国会大厦开会，因为大楼被“拆毁”。</p><p>　　虽然国会警察官员宣布了这一消息，但是目前尚没有参议院领导层公开发表声明证实国会警官的说法。目前，国会警察仍在清理聚集在国会大楼的暴徒，并在国会山的参议院一侧部署了烟雾弹。</p><p>　　<b>美媒：美国会安保部门宣布：国会大厦现在“安全”了</b></p><p>　　来源：环球网</p><p>　　【环球网快讯】美国有线电视新闻网（CNN）最新消息，美国国会安保部门刚刚宣布，美国国会大厦现在已经安全了。此前，部分特朗普支持者闯入国会大厦，正在进行的选举人票认证程序被迫中止，副总统彭斯紧急撤离，议员们也被紧急疏散。</p><p align="center">　　<!--IMG#17--><br/></p><p>　　<b>特朗普告诉“勤王”队伍：我们永不退让！</b></p><p>　　多家外媒消息，美国总统特朗普刚刚在白宫外集会现场对大批支持者发表演讲，称“我们永不退让” 。</p><!--IMG#18--><p>　　俄罗斯卫星网报道截图</p><p>　　这一演讲原定于美国时间6日11时开始，到特朗普迟到近一小时才登台。特朗普在演讲中还称，有“数十万人”出席当天的“拯救美国”集会。值得注意的是，视频画面显示，现场大批聚集的特朗普支持者并未佩戴口罩。</p><p><!--VIDEO#2--></p><p>　　来源：环视频/南希希</p><!--IMG#19--><p>　　集会现场视频截图</p><p>　　据美国福克斯新闻报道，特朗普在演讲中多次强调不会允许极左翼民主党人和假新闻媒体“窃取美国大选结果” ，他告诉支持者说，“我们永远不会放弃，我们永远不会退让。”并称“这个国家受够了，我们不会再容忍”。 报道称，特朗普说了这句话后，现场支持者一片欢呼。</p><!--IMG#20--><p>　　特朗普在集会现场发表演讲</p><p>　　此外，特朗普还继续喊话副总统彭斯，希望他做“正确的事情”。</p><!--IMG#21--><p>　　彭斯 资料图</p><p>　　“我希望迈克做正确的事。我希望如此，因为如果彭斯做了正确的事，我们就会赢得选举，”特朗普说，“副总统彭斯所要做的，就是把它（选举人票）送回各州重新认证，这样我们（我）就会成为总统，而你们会是最幸福的人。”</p><!--IMG#22--><p>　　华盛顿“拯救美国”集会现场</p><p>　　此前，特朗普就曾发推文公开表示，彭斯“有权拒绝通过欺诈手段选中的选举人”，坚称自己和彭斯“完全同意副总统有权采取行动”推翻大选结果。但多家美国主流媒体并不认同彭斯有此权力。</p><p>　　在美东时间6日下午，美国国会参众两院将召开联席会议，正式清点选举人票，认证选举人团的投票结果，并宣布总统选举的正式结果。</p><p>　　此前一天，大批“为特朗普而战”的特朗普支持者曾与警方发生激烈冲突。</p><!--IMG#23--><p><!--viewpoint--></p>',
                category: "要闻,国外",
                digest: "",
                dkeys: "美国,美国国会,拜登,国会,华盛顿特区",
                docid: "FVNIG3KM0514R9L4",
                ec: "于正心_NB15800",
                foldBodyFlag: "0",
                hasNext: false,
                headText: "【环球网报道】当地时间1月6日下午，数百名抗议者聚集在美国首都华盛顿特区，为支持特朗普进行示威活动，以向正在进行的国会联席会议施压。随后，示威游行转向暴力倾向，部分示威者进入美国国会区域，并攻破了国会大厦，议员们已被紧急疏散。美国多个盟国领导人就此表态。英国首相鲍里斯形容国会山的场景是“可耻的”约翰逊刚刚发推称美国国会的场面是“可耻的”。在推文中，约翰逊称：＂美国国会的可耻场面。美国在世界各地主张",
                hidePlane: true,
                img: [
                    {ref: "<!--IMG#0-->", src: "http://cms-bucket.ws.126.net/2021/0107/7f0605e2p00qmjjg001tyc0014000qoc.png", alt: "", pixel: "1440*960"},
                    {ref: "<!--IMG#1-->", src: "http://cms-bucket.ws.126.net/2021/0107/01f656a5g00qmjjtr01bic000df0079c.gif", alt: "", pixel: "483*261"},
                    {ref: "<!--IMG#2-->", src: "http://crawl.ws.126.net/img/7386d96cbcf5c25ca8bcc96c60327a12.jpg", alt: "", pixel: "480*91"},
                    {ref: "<!--IMG#3-->", src: "http://crawl.ws.126.net/img/9b77058280672135d9dead0cdd87160c.jpg", alt: "", pixel: "480*190"},
                    {ref: "<!--IMG#4-->", src: "http://cms-bucket.ws.126.net/2021/0107/7bc4423cg00qmjjsl00jwc000df0079c.gif", alt: "", pixel: "483*261"},
                    {ref: "<!--IMG#5-->", src: "http://crawl.ws.126.net/img/ddd3baf957223f207738d800459deecd.jpg", alt: "", pixel: "446*180"},
                    {ref: "<!--IMG#6-->", src: "http://crawl.ws.126.net/img/17d91235581218c806cda778c2ee5ffd.jpg", alt: "", pixel: "480*132"},
                    {ref: "<!--IMG#7-->", src: "https://nimg.ws.126.net/?url=http%3A%2F%2Fcrawl.ws.126.net%2Fcad5e08d58b056879e931f2f1ea2c3cf.png&thumbnail=650x2147483647&quality=80&type=jpg", alt: ""},
                    {ref: "<!--IMG#8-->", src: "https://nimg.ws.126.net/?url=http%3A%2F%2Fcrawl.ws.126.net%2F5482a02787dae0c55b95b8b4484d3edc.jpg&thumbnail=650x2147483647&quality=80&type=jpg", alt: ""},
                    {ref: "<!--IMG#9-->", src: "http://cms-bucket.ws.126.net/2021/0107/4ce4b841p00qmjrx400e0c000h300ayc.png", alt: "", pixel: "615*394"},
                    {ref: "<!--IMG#10-->", src: "https://nimg.ws.126.net/?url=http%3A%2F%2Fdingyue.ws.126.net%2F2021%2F0107%2F3b9f6797j00qmjhzr006sc000wy00nsm.jpg&thumbnail=650x2147483647&quality=80&type=jpg", alt: ""},
                    {ref: "<!--IMG#11-->", src: "http://crawl.ws.126.net/1cc0cb744e4ab89164e0c3ad6b559b2b.png", alt: "", pixel: "814*574"},
                    {ref: "<!--IMG#12-->", src: "http://crawl.ws.126.net/3749b1711fbf7c2655aad8cb8e4bf031.gif", alt: "", pixel: "580*516"},
                    {ref: "<!--IMG#13-->", src: "http://crawl.ws.126.net/0e5b7c5c8a00f2d9ad83d7830a16bf5c.png", alt: "", pixel: "545*404"},
                    {ref: "<!--IMG#14-->", src: "http://crawl.ws.126.net/4ec9b6af221e0ce3686a999038f30197.jpg", alt: "", pixel: "1920*1080"},
                    {ref: "<!--IMG#15-->", src: "http://crawl.ws.126.net/6d5f3020c03b7ca90b64181504ed0784.jpg", alt: "", pixel: "2048*1536"},
                    {ref: "<!--IMG#16-->", src: "http://crawl.ws.126.net/54f7a3bf49d3399c620999a9a07082b0.jpg", alt: "", pixel: "3000*1997"},
                    {ref: "<!--IMG#17-->", src: "https://nimg.ws.126.net/?url=http%3A%2F%2Fcrawl.ws.126.net%2F53ca144ff4443554678156c8f992e6e5.png&thumbnail=650x2147483647&quality=80&type=jpg", alt: ""},
                    {ref: "<!--IMG#18-->", src: "http://cms-bucket.ws.126.net/2021/0107/25acfa3dp00qmj39c0021c000p800b2c.png", alt: "", pixel: "908*398"},
                    {ref: "<!--IMG#19-->", src: "http://cms-bucket.ws.126.net/2021/0107/fdd80e89p00qmj39c00p4c000u000gpc.png", alt: "", pixel: "1080*601"},
                    {ref: "<!--IMG#20-->", src: "http://cms-bucket.ws.126.net/2021/0107/e7fb1a98p00qmj39c00f7c000u000gic.png", alt: "", pixel: "1080*594"},
                    {ref: "<!--IMG#21-->", src: "http://cms-bucket.ws.126.net/2021/0107/b44da70cj00qmj39c0019c000u000f0c.jpg", alt: "", pixel: "1080*540"},
                    {ref: "<!--IMG#22-->", src: "http://cms-bucket.ws.126.net/2021/0107/854776c7p00qmj39c00o4c000u000h8c.png", alt: "", pixel: "1080*620"},
                    {ref: "<!--IMG#23-->", src: "http://cms-bucket.ws.126.net/2021/0107/f2d79b59p00qmj39d00cgc000mf009vc.png", alt: "", pixel: "807*355"}
                ],
                link: [
                    {urlMacroReplace: false, href: "https://www.163.com/dy/article/FVNSD8KN0514R9OJ.html", title: "<b>美国4位前总统发声明 谴责冲击国会事件</b>", ref: "<!--link0-->"},
                    {urlMacroReplace: false, href: "https://www.163.com/dy/article/FVNQSKVM0519D4UH.html", title: "<b>推特：特朗普账号将被冻结12小时，日后违规将永封</b>", ref: "<!--link1-->"},
                    {urlMacroReplace: false, href: "https://c.m.163.com/news/a/FVNL9RBP00018AOR.html", title: "<b>特朗普支持者围攻国会大楼 拜登：近乎煽动叛乱！</b>", ref: "<!--link2-->"},
                    {urlMacroReplace: false, href: "https://c.m.163.com/news/a/FVNHDL3I0514R9P4.html", title: "<b>特朗普支持者冲进美国会大厦：彭斯撤离 有人中枪</b>", ref: "<!--link3-->"}
                ],
                picCards: [],
                picnews: true,
                ptime: "2021-01-07 06:47:56",
                recImgsrc: "http://cms-bucket.ws.126.net/2021/0107/615a4d44p00qmjgpl00etc000mf009vc.png",
                replyBoard: "dy_wemedia_bbs",
                replyCount: 49183,
                sectionTitle: [],
                shareDigest: "【环球网报道】当地时间1月6日下午，数百名抗议者聚集在美国首...",
                shareLink: "https://c.m.163.com/news/a/FVNIG3KM0514R9L4.html?spss=newsapp",
                source: "海外网",
                sourceinfo: {
                    alias: "人民日报海外版官方网站",
                    certificationImg: "http://img2.cache.netease.com/m/newsapp/reading/vip/bluenew.png",
                    certificationText: "海外网官方网易号",
                    ename: "T1512041909713",
                    tid: "T1512041909713",
                    tname: "海外网",
                    topic_icons: "http://cms-bucket.nosdn.127.net/02f62b1ce5294b35bba338c6c6e5134c20171124194745.jpeg"
                },
                statement: "特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。",
                template: "normal1",
                threadAgainst: 3,
                threadVote: 6322,
                threadVoteSwitch: "0",
                tid: "",
                title: "美国骚乱画面传遍世界，多个盟国领导人表态：震惊",
                topiclist: [
                    {
                        alias: "人民日报海外版官方网站",
                        cid: "C1374477598901",
                        ename: "T1512041909713",
                        hasCover: false,
                        subnum: "123万",
                        tid: "T1512041909713",
                        tname: "海外网"
                    }
                ],
                topiclist_news: [],
                video: [
                    {
                        alt: "美国会内持枪对峙画面：议员逃难警察吓到发抖 佩洛西办公室沦陷",
                        appurl: "",
                        broadcast: "in",
                        commentboard: "video_bbs",
                        commentid: "CUPVOPVL050835RB",
                        cover: "http://videoimg.ws.126.net/cover/20210107/KkIA4x5fC_cover.jpg",
                        length: 63,
                        m3u8_url: "http://flv0.bn.netease.com/755730108e8d3f5822969caa45a23f131ba6f8761efc605120978f4a7825cabd86c8298e15ad7eed7eaa9fad4567086de9d9192f92cb0d3d63ca7ab79a7fe62a8fc7e22ab2e996c2775d05f201fa09b82bc6848521006b60d12dac9f44a70d644e026c5b81124c225ef51a43e64c92f0f980d88705a2c196.m3u8",
                        mp4_url: "http://flv0.bn.netease.com/755730108e8d3f5822969caa45a23f1351a3b0642e3f6b50ec2c6776da2e0da1bb4a63e13c1475637f4cb6b1a4ea450d432625f798acf3d515da5322916a416bdf38e66517cf50e6429c65ec6125cb6793c33c4636410aa453a9c926b539f08a4a268ae11095d87d7d3787f1e3249b8052a0163d4d4cbaef.mp4",
                        ref: "<!--VIDEO#0-->",
                        sid: "VELMQ4JKK",
                        size: "",
                        sizeHD: 0,
                        sizeSD: 2546,
                        sizeSHD: 0,
                        topicid: "1000",
                        url_m3u8: "http://flv3.bn.netease.com/755730108e8d3f5822969caa45a23f1351a3b0642e3f6b50ec2c6776da2e0da1bb4a63e13c1475637f4cb6b1a4ea450d432625f798acf3d515da5322916a416bdf38e66517cf50e6429c65ec6125cb6793c33c4636410aa453a9c926b539f08a4a268ae11095d87d7d3787f1e3249b8052a0163d4d4cbaef.mp4",
                        url_mp4: "http://flv3.bn.netease.com/755730108e8d3f5822969caa45a23f1351a3b0642e3f6b50ec2c6776da2e0da1bb4a63e13c1475637f4cb6b1a4ea450d432625f798acf3d515da5322916a416bdf38e66517cf50e6429c65ec6125cb6793c33c4636410aa453a9c926b539f08a4a268ae11095d87d7d3787f1e3249b8052a0163d4d4cbaef.mp4",
                        vid: "VCUPVOPVL",
                        videoRatio: 1.77,
                        video_data: {
                            duration: 63,
                            hevc_hdpreload_size: 0,
                            hevc_shdpreload_size: 0,
                            play_info: [
                                {
                                    encode_format: "avc",
                                    label: "avc_m3u8_sd",
                                    preload_size: 51478,
                                    quality_desc: "标清",
                                    quality_index: 360,
                                    size: 2546,
                                    url: "http://flv0.bn.netease.com/videolib1/2101/07/0c3sajf4mh1/SD/movie_index.m3u8"
                                }
                            ],
                            ratio: 1.77,
                            sd_preload_size: 51478,
                            sd_size: 2546,
                            sd_url: "http://flv0.bn.netease.com/755730108e8d3f5822969caa45a23f131ba6f8761efc605120978f4a7825cabd86c8298e15ad7eed7eaa9fad4567086de9d9192f92cb0d3d63ca7ab79a7fe62a8fc7e22ab2e996c2775d05f201fa09b82bc6848521006b60d12dac9f44a70d644e026c5b81124c225ef51a43e64c92f0f980d88705a2c196.m3u8"
                        },
                        videosource: "新媒体"
                    },
                    {
                        alt: "支持者攻破国会大厦，特朗普发话：回家！我们不想任何人受伤",
                        appurl: "",
                        broadcast: "in",
                        commentboard: "video_bbs",
                        commentid: "AUPU40UD050835RB",
                        cover: "http://videoimg.ws.126.net/cover/20210107/GDICnNsgk_cover.jpg",
                        length: 41,
                        m3u8Hd_url: "http://flv0.bn.netease.com/755730108e8d3f5822969caa45a23f1398763602764995e9a9adb9247bd98e0917de5f235d2ce1aee0b983d7b8d7bf3fd2c8bf774b968700a0590ac376b78c10c5f4ab1bb5470284a5f6cd97ed5a79e3f0dee778c78f4e1c3cdcb882250a33b8ec0fbde2331379dac8ef2359968c2197225d33d8e9238107.m3u8",
                        m3u8_url: "http://flv0.bn.netease.com/755730108e8d3f5822969caa45a23f134a5fd3f1294a59056560146b316b182534da0f1f5b3b7b193895a51a5795d103169f4e4fd0a36c157e94b86e6cb5da45e4d98c54d35fafe913057f15412e5c76cac4700470139aa6470a597244011ba915121ff9862d0a9cbcb7fba8c79efd2e49030c1a5d9e8b1c.m3u8",
                        mp4Hd_url: "http://flv0.bn.netease.com/755730108e8d3f5822969caa45a23f13a6ee583b9a5137edfadde672cdaf19938bad44c320fe9cb001451e0e549cf78474e5c39aacba3695318fddae8b64ff324ad364985fea42147ce8dc490137aeb204eead06446e1c5a2ef586941649d139a27553db60336c9bb00a6aa19fd9679be7c0fcbf00414b86.mp4",
                        mp4_url: "http://flv0.bn.netease.com/755730108e8d3f5822969caa45a23f1354aded398638c51c72be613853b243a81beaea5569bacbe2da28afe394e06561684ed5f2d6a05444427eff8343c4bbfdcfe206c4983bd580131ea6423ed2a8d522dac16dcc3e2ea85d2167ecc2b5881d278ad949f69b111e4dc7749d76fed9a7c5eb6f6ff6a32618.mp4",
                        ref: "<!--VIDEO#1-->",
                        sid: "VCLO0U3N7",
                        size: "",
                        sizeHD: 2287,
                        sizeSD: 1336,
                        sizeSHD: 0,
                        topicid: "1000",
                        url_m3u8: "http://flv3.bn.netease.com/755730108e8d3f5822969caa45a23f1354aded398638c51c72be613853b243a81beaea5569bacbe2da28afe394e06561684ed5f2d6a05444427eff8343c4bbfdcfe206c4983bd580131ea6423ed2a8d522dac16dcc3e2ea85d2167ecc2b5881d278ad949f69b111e4dc7749d76fed9a7c5eb6f6ff6a32618.mp4",
                        url_mp4: "http://flv3.bn.netease.com/755730108e8d3f5822969caa45a23f1354aded398638c51c72be613853b243a81beaea5569bacbe2da28afe394e06561684ed5f2d6a05444427eff8343c4bbfdcfe206c4983bd580131ea6423ed2a8d522dac16dcc3e2ea85d2167ecc2b5881d278ad949f69b111e4dc7749d76fed9a7c5eb6f6ff6a32618.mp4",
                        vid: "VAUPU40UD",
                        videoRatio: 1.77,
                        video_data: {
                            duration: 41,
                            hd_preload_size: 49080,
                            hd_size: 2287,
                            hd_url: "http://flv0.bn.netease.com/755730108e8d3f5822969caa45a23f1398763602764995e9a9adb9247bd98e0917de5f235d2ce1aee0b983d7b8d7bf3fd2c8bf774b968700a0590ac376b78c10c5f4ab1bb5470284a5f6cd97ed5a79e3f0dee778c78f4e1c3cdcb882250a33b8ec0fbde2331379dac8ef2359968c2197225d33d8e9238107.m3u8",
                            hevc_hdpreload_size: 42983,
                            hevc_shdpreload_size: 0,
                            play_info: [
                                {
                                    encode_format: "avc",
                                    label: "avc_m3u8_sd",
                                    preload_size: 49080,
                                    quality_desc: "标清",
                                    quality_index: 360,
                                    size: 2287,
                                    url: "http://flv0.bn.netease.com/videolib1/2101/07/18e0p8g5gyt/HD/movie_index.m3u8"
                                }
                            ],
                            ratio: 1.77,
                            sd_preload_size: 37390,
                            sd_size: 1336,
                            sd_url: "http://flv0.bn.netease.com/755730108e8d3f5822969caa45a23f134a5fd3f1294a59056560146b316b182534da0f1f5b3b7b193895a51a5795d103169f4e4fd0a36c157e94b86e6cb5da45e4d98c54d35fafe913057f15412e5c76cac4700470139aa6470a597244011ba915121ff9862d0a9cbcb7fba8c79efd2e49030c1a5d9e8b1c.m3u8"
                        },
                        videosource: "新媒体"
                    },
                    {
                        alt: "特朗普支持者已陆续抵达华盛顿",
                        appurl: "",
                        broadcast: "in",
                        commentboard: "video_bbs",
                        commentid: "KUPF028Q050835RB",
                        cover: "http://videoimg.nos-jd.163yun.com/cmssnapshot/20210107/dpVK62898_0.jpg",
                        length: 58,
                        m3u8Hd_url: "http://flv0.bn.netease.com/755730108e8d3f5822969caa45a23f13ab28786cd83af0b5826b1abd4cdfc415bd1e9fe42dfd6f3382c2782760bef7b168093b7bad98e44f08a68a077cc197a89c350974ef618e9e164978fdf852473b09dda9edeed29c66646ffd1b3bcda42225cdb9c03cec4881668a559c0f7e6ed87259e758f9bd6ed7.m3u8",
                        m3u8_url: "http://flv0.bn.netease.com/755730108e8d3f5822969caa45a23f131272c6f283ec1eb29e435f16cbb59067062b77544a9d66a554eb85587ba1a7accfe1e776ee188fa29b0a88470f6079c34a63238abe9f604d453c7262421f2f19055ebe8980cda3c5403e7033db9f4b6b9d2ea1bfd9b347f17271ddafed0a795a822f898ba3b6c508.m3u8",
                        mp4Hd_url: "http://flv0.bn.netease.com/755730108e8d3f5822969caa45a23f13857d0b1dcf5250640bf6047b29d50f2598891a16fc39dd581b56a6c5c818e8ca11dd7b247c0bfd504268399747cbdf5f0db36718889a76d6b56ece622c6143b78d503cd9901811e444ecdc4099a19dedf93112ee27008b540728ab3d29cfb84058368214e510b009.mp4",
                        mp4_url: "http://flv0.bn.netease.com/755730108e8d3f5822969caa45a23f138123318734eea5445f92601ed3ee5e1c50c69a81b1df0db6affc462105dbc08ce7e334f9c063f03815915dd91f6d7cf4d49261f552a1787ef38524b76199322839d785d3aaca3d28ce40b90791f0748c04d6f0a56fe855d4caf579601a5124fec27a402df10e79de.mp4",
                        ref: "<!--VIDEO#2-->",
                        sid: "",
                        size: "",
                        sizeHD: 4038,
                        sizeSD: 2268,
                        sizeSHD: 0,
                        topicid: "00019FGD",
                        url_m3u8: "http://flv3.bn.netease.com/755730108e8d3f5822969caa45a23f138123318734eea5445f92601ed3ee5e1c50c69a81b1df0db6affc462105dbc08ce7e334f9c063f03815915dd91f6d7cf4d49261f552a1787ef38524b76199322839d785d3aaca3d28ce40b90791f0748c04d6f0a56fe855d4caf579601a5124fec27a402df10e79de.mp4",
                        url_mp4: "http://flv3.bn.netease.com/755730108e8d3f5822969caa45a23f138123318734eea5445f92601ed3ee5e1c50c69a81b1df0db6affc462105dbc08ce7e334f9c063f03815915dd91f6d7cf4d49261f552a1787ef38524b76199322839d785d3aaca3d28ce40b90791f0748c04d6f0a56fe855d4caf579601a5124fec27a402df10e79de.mp4",
                        vid: "VKUPF028Q",
                        videoRatio: 1.73,
                        video_data: {
                            duration: 58,
                            hd_preload_size: 64807,
                            hd_size: 4038,
                            hd_url: "http://flv0.bn.netease.com/755730108e8d3f5822969caa45a23f13ab28786cd83af0b5826b1abd4cdfc415bd1e9fe42dfd6f3382c2782760bef7b168093b7bad98e44f08a68a077cc197a89c350974ef618e9e164978fdf852473b09dda9edeed29c66646ffd1b3bcda42225cdb9c03cec4881668a559c0f7e6ed87259e758f9bd6ed7.m3u8",
                            play_info: [
                                {
                                    encode_format: "avc",
                                    label: "avc_m3u8_sd",
                                    preload_size: 64807,
                                    quality_desc: "标清",
                                    quality_index: 360,
                                    size: 4038,
                                    url: "http://flv0.bn.netease.com/videolib1/2101/07/8dtzpv3z5cc/HD/movie_index.m3u8"
                                }
                            ],
                            ratio: 1.73,
                            sd_preload_size: 49242,
                            sd_size: 2268,
                            sd_url: "http://flv0.bn.netease.com/755730108e8d3f5822969caa45a23f131272c6f283ec1eb29e435f16cbb59067062b77544a9d66a554eb85587ba1a7accfe1e776ee188fa29b0a88470f6079c34a63238abe9f604d453c7262421f2f19055ebe8980cda3c5403e7033db9f4b6b9d2ea1bfd9b347f17271ddafed0a795a822f898ba3b6c508.m3u8"
                        },
                        videosource: "其他"
                    }
                ],
                voicecomment: "on",
                votes: [],
                ydbaike: []
            },
            "Author": {
                "name": "Alone88",
                "desc": "由Alone88提供的免费API 服务，官方文档：www.alapi.cn"
            }
        })
    }
}