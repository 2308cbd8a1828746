<%@ page pageEncoding="UTF-8"%><%@ include file="/view/srplatform/common/taglibs.jsp"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<link href="view/srplatform/portal/logo.ico" type="image/ico" rel="shortcut icon"/> 
<title>大庆政采将政府采购公开做到极致- 阳光易购商圈新闻</title>
<c:import url="/view/srplatform/common/init.jsp">
	<c:param name="isLastLoadPage">
		true
	</c:param>
</c:import>

<!--CSS-->
<link rel="stylesheet" type="text/css" href="/view/resource/skin/thems/default/web.css" />
<link rel="stylesheet" type="text/css" href="/view/resource/skin/skin07/css/seller.css" />
<link rel="stylesheet" type="text/css" href="/view/resource/skin/thems/default/listDetail.css" />
<link type="text/css" rel="stylesheet" href="/cms/resbase/news/news.css" />
<!--JS-->
<script type="text/javascript" src='/view/srplatform/portal/include/common.js'></script>
</head>

<body>
<div id="container">
	<!-- 头部开始 -->
	<div class="header">
		<%@ include file="/view/srplatform/portal/include/main_header_index.jsp" %>
	</div>
	<!-- 头部结束-->
    <!--主要内容 开始-->
	<div id="sysContent" class="page">
		<div class="container">
			<div>
				<a href='http://p.yiqifa.com/s?sid=f2a675cc80238500&pid=91872&wid=413007&vid=42567&cid=4611&lid=59952&euid=&vwid=' target='_blank'><img border='0'  width='960'  height='80'  src='http://p.yiqifa.com/image?sid=f2a675cc80238500&pid=91872&wid=413007&vid=42567&cid=4611&lid=59952&euid=&vwid=' ></a>
			</div>
			<div class="news_container">
				<div class="news_content">
					<div class="top_bar">
						<div class="news_breadcrumb">

	<a href="/view/srplatform/portal/index.jsp" id="/view/srplatform/portal/index.jsp" title="首页" target="_self">首页</a>
	<a href="javascript:void(0)" id="/view/staticpags/xinwen/xinwen.jsp" title="新闻" class="cmsHref_self">新闻</a>
	<a href="javascript:void(0)" id="/view/staticpags/caigoudt/caigoudt.jsp" title="采购动态" class="cmsHref_self">采购动态</a>
	<a href="javascript:void(0)" id="/view/staticpags/caigoudt/ff80808132811a910132b8312c656490.jsp" title="大庆政采将政府采购公开做到极致" class="cmsHref_self">大庆政采将政府采购公开做到极致</a>
		
						</div>
						<div class="clearfloat"></div>
					</div>
					<h1>大庆政采将政府采购公开做到极致</h1>
					<div class="news_sth">
						<p class="news_source"><span class="date">2011年09月30</span><span class="news_source">来源：</span></p>
						<div class="news_share">
							<!-- JiaThis Button BEGIN -->
							<div id="ckepop">
								<span class="jiathis_txt">分享到：</span>
								<a class="jiathis_button_qzone">QQ空间</a>
								<a class="jiathis_button_tsina">新浪微博</a>
								<a class="jiathis_button_renren">人人网</a>
								<a class="jiathis_button_kaixin001">开心网</a>
								<a href="http://www.jiathis.com/share" class="jiathis jiathis_txt jiathis_separator jtico jtico_jiathis" target="_blank">更多</a>
								<a class="jiathis_counter_style"></a>
							</div>
							<script type="text/javascript" src="http://v2.jiathis.com/code/jia.js" charset="utf-8"></script>
							<!-- JiaThis Button END -->
						</div>
						<div class="clearfloat"></div>
					</div>
					<div class="news_real">
						<p class="detailPic">
							
						</p>
						<p><div><font face="宋体"><span style="font-size: 14px;">　 &nbsp;将政府采购公开做到极致会呈现出一幅怎样的图景？</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 一直在全国政采领域得风气之先的黑龙江省大庆市已然为我们描绘出了这一美好景象。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 政府采购因其规范化、透明化和程序化成为公共管理的最优制度选择，只有将公开落到实处才能满足社会及纳税人对政务公开的诉求。在这个问题上，大庆可说是深得其中三味。1998年率先起步采购工作、2004年尝鲜计算机批量采购、同年积极试水现场招标……作为全国政府采购工作的先行者之一，大庆在一项项创举后又将目光瞄准了政府采购公开层面，通过将公开的理念渗透进各个方面，终于实现了令大庆政采人自豪的“最大化公开”。在大庆采访的过程中，记者欣喜地看到了几个具有代表性的镜头。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 镜头一：办公环境完全公开</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 宽敞的大厅内一个个窗口井然排列，窗口上方分别标识着采管办、采购中心、公安局、卫生局等名牌，走进大庆市行政服务中心办公大楼，记者仿佛来到了一个大型百货商场。与普通商场不同的是，这里不出售商品，只提供免费服务。据记者了解，一共有200多个单位入驻这座大楼，完全实现了各政府部门“隔断式办公、窗口化服务”。大庆市政府采购管理办公室和政府采购中心的办公地点位于这座“商场”的3楼。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp;“我们和监管部门的办公室仅一墙之隔，就连打个电话隔壁也能听见，可以说采购办对我们的监管不仅仅限于开标评标环节，监督的触角已深入到我们的一言一行、一举一动。”大庆市政府采购中心（以下简称“中心”）主任徐晶纯向记者介绍道。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 如此公开的办公环境是大庆政府采购的一个特色。虽然这是从大庆市市委市政府的工作思路承接而来的，但政府采购作为相对特殊的部门，从这种工作思路中获益颇多。正如采购中心一位工作人员所说：“办公环境如此公开，采购人放心了，供应商也放心了。而我们面对采购人和供应商时也都底气十足了。”</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 镜头二：开标评标过程全面公开</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 采访中记者提出想去开标评标大厅看看，大庆市财政局政府采购管理办公室（以下简称“采购办”）负责人却为难地表示：“我们这里的规定非常严格，评审专家、投标人、工作人员去开标评标区都必须着工作装、挂工作牌，否则就不让进去。”为何不让进去呢？据徐晶纯介绍，开标评标大厅并不单属于采购中心，大庆市的开标评标区由该市行政服务中心管理，供建设工程招标、产权交易、政府采购招标等活动使用，这些部门如要使用需提前3天预约。这让记者切身感受到大庆政府采购管理上的严苛之处。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 据记者了解，为了增强采购过程中的透明度，该市不仅将纪检监察部门处级干部的办公室设在开标评标区，随时随地监督，遇到大型招标采购项目，该市还会主动邀请市纪检监察部门委派代表全程监督采购过程。此外，该市还与市公证处达成协议，将司法公正引入采购活动。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 镜头三：招标技术参数全面公开</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 大庆政府采购的另一个特色是信息公告全面、详细。点击进入大庆市政府采购网，记者发现页面上不仅有公开招标的信息公告，连竞争性谈判、单一来源、询价、邀请招标等非公开招标方式的公告也一应俱全。看到这些页面，相信不论谁都要感叹大庆政府采购信息公告全面了。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp;“我们信息公告的特点是全面、详</span></font><span style="font-family: 宋体; font-size: 14px; ">细。全面是指所有招标方式信息全部网上公告；详细则指我们的公告包含技术标最详细的参数。”徐晶纯自豪地向记者介绍。</span></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 大庆政采人确实有自豪的底气。《政府采购法》规定，公开招标的信息公告包括招标数量和简要技术需求即可，那么公开技术标最详细参数的初衷是什么？</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 一位接受采访的供应商深有感触地表示：“这件事我应该是有发言权的。有一次我在投标前浏览招标公告，发现其中一项详细技术参数具有明显的倾向性，于是在公告阶段就向采购中心提出了质疑。采购中心在调查后与采购人协调修改了那项技术参数，最终我们得以顺利入围。”原来，采购中心这样做是巧妙地邀请投标人对招标文件进行把关。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 镜头四：内控制约保证政务公开</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp;“作为采购人，我们每年都得跟采购部门打交道。几次合作下来，我注意到他们的每项工作都要通过2个以上的部门、由多个人经手才能完成。”一位不愿具名的采购人向记者介绍道。确实，在大庆的政府采购工作中，没有一个采购项目是由某个部门独自完成，也没有一项工作是由某个人独立完成。据记者了解，大庆市政府采购中心现在有3个科室，为了使3个科室可以相互配合、衔接从而相互制约、监督，中心出台了《双岗双人制度》，形成了有效的内控制约机制。在采购过程中，针对每个采购环节的不同特点，该市制定了相应的监督措施，坚持项目分段负责制、岗位轮换制和项目回避制，形成了各方当事人相互联系、相互制约的机制。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 据大庆市财政局领导介绍，按照政务公开的要求，他们还结合采购业务的实际，建立了以管理者、操作者、使用者相分离，招标人、使用人、定标人相分离，采购、验收、付款相分离为主要内容的分离制度。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 镜头五：“电子监察”让公开更公开</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 来大庆之前记者就听说大庆的“电子监察”十分有名，到了大庆之后，记者有幸进入电子监察室一探究竟。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 进入电子监察室，首先映入眼帘的是一排排整齐的监控电脑。记者注意到，整个开标评标过程都被监控，每个评审室都装了摄像头。但大庆的优异之处并不仅仅是对开标评标的简单监控，而是电子监控系统的对外开放。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 据徐晶纯介绍，该市的“电子监察”系统与市纪委监察局连接，所有的采购过程完全实时向市纪委监察局公开。这意味着纪委部门只要想看政府采购开标评标过程，随时都可以如亲临现场一般观看。此外，该市还为市级纪检监察局全口径开放了信息化平台，方便他们随时查看信息化平台后台的基础资料，了解任何一个项目的详细情况。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 在记者即将离开大庆时，采购办负责人告诉记者：“我们正着手将社会力量引入政府采购监督，拟聘请人大代表、政协委员、民主党派、工商联人士及新闻一线人员参与监督，作为官方监督力量的有益补充。”做到这一步，相信大庆的政府采购公开水平又能进入一个新层次。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 相关链接</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 1998年，大庆政府采购工作起步，2002年正式启动政府采购改革，政府采购范围不断扩大，政府集中采购目录范围由初期的计算机、公务公车等大宗通用物品扩大到通用货物和专用货物的几乎所有品种，由单一的货物类扩大到服务类等各个领域，目前正向基本建设工程领域拓展。在做好经常性支出项目采购预算审核的同时，狠抓重点支出项目的依法采购工作，特别是公益性强，涉及民生利益的项目。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 大庆市政府采购规模从2002年的4.42亿元跨越实现了2010年的31.55亿元。9年累计完成采购规模158.76亿元，节约资金21.53亿元。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 在规范采购基本操作方面，大庆市采购办制定了《大庆市政府采购管理暂行办法》，同时先后制定了市本级部门政府采购预算编制、市直机关协议供货（办公自动化设备）、市直行政事业单位会议（接待）、政府采购质疑投诉受理、政府采购资金等管理办法。为了增强政府采购法的严密性和可操作性，大庆市采购办在原有制度的基础上，于2010年12月出台了《关于进一步加强政府采购管理工作的实施意见》，对严格规范管理程序、加大预算约束、发挥政府功能等各项采购工作作了详细的规定。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 在规范采购人行为方面，大庆市采购办制定了《大庆市本级政府采购工作程序》及《贯彻执行政府采购法有关问题的通知》的文件，要求全市各预算单位必须按照采购工作程序履行政府采购手续，并建立了政府采购项目验收制度，规范了履约验收和分散采购行为，先后出台了贯彻政府采购法相关问题的通知及加大项目验收工作的通知。(贾璐)</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 记者手记</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 政采中的“大庆精神”</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; □实习记者 贾璐</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 在黑龙江的一路采访让记者睡眠严重不足。但当记者睡眼惺忪地走进大庆市委市政府办公大楼时，马上就被布局与商场无异，井然排列着各单位服务“窗口”的大厅所震撼。脑海里的第一感觉是——这里跟别的地方不同！</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 带着好奇，记者随政府采购管理办公室负责人来到他的办公室。在采访前的寒暄中，他向记者介绍了该市较为优美的建筑、目前正在做的大项目和大庆较高的教育水平，言语中都是对大庆这座城市的热爱和身为大庆人的自豪。在整个采访中，这位负责人一直保持热情昂扬的状态，兴致勃勃地讲述他在这个岗位上见证的大庆政采11年来走过的路，讲述他为自己设定的“一年一创新”的工作思路。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 我们聊了很久，渐渐地，记者的情绪也随着他的描述高昂起来。直到采访被整个办公大楼欢快的下班音乐打断，记者才惊觉收获最大的不是大庆市采购办和采购中心的工作成绩，而是切实感受了一把昂扬奋进的“大庆精神”。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; “对待事业，要当老实人，说老实话，办老实事；对待工作，要有严格的要求、严密的组织、严肃的态度、严明的纪律”，当年“铁人”王进喜的剖白言犹在耳，如今大庆“爱国、创业、求实、奉献”的精神薪火相传，从大庆市委市政府办公大楼的惠民、利民设计理念中，从大庆市政府采购管理部门“一年一创新”的工作思路中，从大庆采购人实实在在做采购的工作追求中，乃至从清洁整齐的大街、随处开满鲜花的小广场等城市细节中，都能看到大庆精神已经潜移默化进每一个大庆人的血脉中，让大庆这座城市洋溢着奋进拼搏的精气神儿。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 这种精气神儿令人钦佩，为一件事情奋斗，为它付出心血，为它能变得更加完善而一点点努力，大庆人在做这件事，奋斗在大庆政府采购领域的每一个大庆人也在一年年做着这件事。在短短一天的采访中，记者意识到这种精神在为国、为他人奉献之外，也同时丰盈着奋进者自己的人生，让每一个沐浴着这种精神的人都能品尝到奋进的激情、生命的欢悦。想到这里记者不禁要问，如果全国的政采领域都能镀上昂扬奋进的色彩，政采的春天还会远吗？</span></font></div> 
</p>
					</div>
					<div class="relate_news">
						<h4>相关报道</h4>
						<ul>
								<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f5c68670329a.jsp" class="cmsHref_self">安徽淮北采购7台ipad2 称为方便领导出差办公</a></li>
								<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f5b65dd63214.jsp" class="cmsHref_self">合肥：促进科技与金融结合论坛及对接活动通过政府采购市场化运作</a></li>
								<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f5b2962d31cf.jsp" class="cmsHref_self">陕西省政府采购工作座谈会日前召开</a></li>
								<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f0b78fb31bfa.jsp" class="cmsHref_self">“阳光”照射大庆政采每个角落</a></li>
								<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f0af8d171b52.jsp" class="cmsHref_self">空壳公司揭开政府采购潜规则</a></li>
						</ul>
					</div>	
			  </div>
				<div class="news_sub">
					<div class="recommend_news">
						<h2>新闻推荐</h2>
						<ul>
						</ul>
					</div>
					<div class="ad_sub">
						<a href='http://p.yiqifa.com/s?sid=5f3b87794444c0b6&pid=91872&wid=413007&vid=79776&cid=5760&lid=47282&euid=&vwid=' target='_blank'><img border='0'  width='300'  height='300'  src='http://p.yiqifa.com/image?sid=5f3b87794444c0b6&pid=91872&wid=413007&vid=79776&cid=5760&lid=47282&euid=&vwid=' ></a>
					</div>
					<div class="latest_news">
						<h2>最新新闻</h2>
						<ul>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f5c68670329a.jsp" class="cmsHref_self">安徽淮北采购7台ipad2 称为方便领导出差办公</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f5b65dd63214.jsp" class="cmsHref_self">合肥：促进科技与金融结合论坛及对接活动通过政府采购市...</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f5b2962d31cf.jsp" class="cmsHref_self">陕西省政府采购工作座谈会日前召开</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/hangyeliaowang/ff80808132e20dea0132f0dc545b1edf.jsp" class="cmsHref_self">国家能源局原局长张国宝：中国不可能放弃核电</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/hangyeliaowang/ff80808132e20dea0132f0ce89a51d61.jsp" class="cmsHref_self">江浙沪企业领先起跑电线电缆市场</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/hangyeliaowang/ff80808132e20dea0132f0c4262a1cfd.jsp" class="cmsHref_self">五金行业“风雨交加” 企业抱团“相濡以沫”</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/zhaotoubiaozt/ff80808132e20dea0132f0bdf9be1cbd.jsp" class="cmsHref_self">保证招投标交易活动的“一路阳光”</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f0b78fb31bfa.jsp" class="cmsHref_self">“阳光”照射大庆政采每个角落</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/zhaotoubiaozt/ff80808132e20dea0132f0b6a4d51bc4.jsp" class="cmsHref_self">南京将国际招投标打造明故宫遗址公园</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f0af8d171b52.jsp" class="cmsHref_self">空壳公司揭开政府采购潜规则</a></li>
						</ul>
					</div>
					<div class="ad_sub">
						<a href='http://p.yiqifa.com/s?sid=81feb7c80c768092&pid=91872&wid=413007&vid=71752&cid=5330&lid=38394&euid=&vwid=' target='_blank'><img border='0'  width='300'  height='300'  src='http://p.yiqifa.com/image?sid=81feb7c80c768092&pid=91872&wid=413007&vid=71752&cid=5330&lid=38394&euid=&vwid=' ></a>
					</div>
				</div><!--.news_sub-->	
			</div>
			<div>
				<a href='http://p.yiqifa.com/s?sid=d5469e947b0b9c12&pid=91872&wid=413007&vid=28260&cid=4220&lid=24755&euid=&vwid=' target='_blank'><img border='0'  width='960'  height='80'  src='http://p.yiqifa.com/image?sid=d5469e947b0b9c12&pid=91872&wid=413007&vid=28260&cid=4220&lid=24755&euid=&vwid=' ></a>
			</div>
		</div>
	</div>
	<!--主要内容 结束-->
	<!-- 脚开始 -->
	<div class="footer">
	    <%@ include file="/view/srplatform/portal/include/foot.jsp" %>
	</div>
	<!-- 脚结束 -->
</div>
</body>

</html>
