<%@ page pageEncoding="UTF-8"%><%@ include file="/view/srplatform/common/taglibs.jsp"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<link href="view/srplatform/portal/logo.ico" type="image/ico" rel="shortcut icon"/> 
<title>国家能源局原局长张国宝：中国不可能放弃核电- 阳光易购商圈新闻</title>
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
	<a href="javascript:void(0)" id="/view/staticpags/hangyeliaowang/hangyeliaowang.jsp" title="行业瞭望" class="cmsHref_self">行业瞭望</a>
	<a href="javascript:void(0)" id="/view/staticpags/hangyeliaowang/ff80808132e20dea0132f0dc545b1edf.jsp" title="国家能源局原局长张国宝：中国不可能放弃核电" class="cmsHref_self">国家能源局原局长张国宝：中国不可能放弃核电</a>
		
						</div>
						<div class="clearfloat"></div>
					</div>
					<h1>国家能源局原局长张国宝：中国不可能放弃核电</h1>
					<div class="news_sth">
						<p class="news_source"><span class="date">2011年10月11</span><span class="news_source">来源：</span></p>
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
						<p><div align="center" style="color: rgb(0, 0, 0); font-family: 宋体; font-size: 14px; "><img src=" http://news.xinhuanet.com/energy/2011-10/11/122139545_11n.jpg" alt="国家能源局原局长张国宝"></div><div style="text-align: center;"><font face="宋体"><span style="font-size: 14px;">国家能源局原局长张国宝本刊记者 肖翊I 摄</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　3月，日本福岛核事故之后，中国核电的发展骤然放缓。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　毫无疑问，中国政府高层发展核电的态度以及社会公众对安全高效发展核电的信心因此受到了很大影响。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　根据福岛核事故之后国务院出台的“国四条”规定：在核电安全规划出台之前暂停审批新项目。目前的确是原地踏步，2011年没有批准新的核电站，已经批准而尚未开工的4个机组也处于停顿状态，这些电站有的已经投入数十亿元前期费用，一些核电装备制造厂后续订货中断。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　而就在整个核电产业发展陷入低迷的时候，全国政协经济委员会副主任、国家能源局原局长张国宝公开表示，作为一个人口众多、能源问题十分突出的大国，中国不可能放弃核电。从化石能源逐步枯竭和昂贵趋势，以及从气候与环境的承载力看，中国在大力发展可再生能源的同时，发展核电是不可替代的选择，否则2020年非化石能源的比重难以达到承诺的15%。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　张国宝在接受《中国经济周刊》采访时坦言，他从未隐瞒过这样的看法。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　他呼吁，国家在未来的核政策上应该有一个明确的定位，如果模糊不清晰，没有一个明确的发展目标不仅会影响<a href="http://www.ebid360.com/GoodsShowController.do?method=toGoodsList&amp;rp=21&amp;page=1&amp;keyWord=\u80FD\u6E90&amp;searchType=1">能源</a>政策，也会动摇我们的核大国地位。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　事实上，在过去的那些年，我国核电的发展并非一帆风顺，甚至充满了曲折和坎坷。从最早的要不要发展核电，在哪里发展核电，一直都争议不断，摇摆不定；到后来，对核电发展的管理主导权、技术路线、发展速度等也几经反复。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　这也最终导致了“起步早、进步慢、差距大”的被动局面。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　2011年3月，张国宝已经从国家能源局局长任上退下，但依然为其未竟的能源改革鼓与呼。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　核安全规划、核电安全规划正在做</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　《中国经济周刊》：在福岛核事故之前，内陆的很多省份都对发展核电抱有极大的热情，事故发生之后，审批基本停滞，一些省份也产生了恐惧心理。您怎么看未来内陆地区的核电发展？</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　张国宝：关键在于认识问题，因为内陆地区人口稠密，如果一旦发生核事故可能问题比较严重，所以开始都建在沿海(其实，法国、美国的核电站很多都建在内陆)。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　但内陆地区的湖南、湖北、江西，恰恰是一次能源匮乏的地区，每年在用电高峰的时候，缺电反应都最为严重。其次，还有华中地区。华中地区有一个很大的问题，就是水(电)火(电)不平衡。夏天丰水期，本地的水电可能消纳不完，而冬天枯水期，又需要从别的省调电。如果建大量的火电厂，水电多的时候火电要让路，这样效益不会很好。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　这些省份最大的问题就是一次能源匮乏，不像内蒙古、山西，本身煤炭产量很多。在福岛核事故发生之前，这些省对搞核电热情很高，要求很强烈。因此，我们也适度地布置了几个内陆的核电站，例如湖南桃花江、湖北大畈和江西彭泽，都报了上去，但还没来得及批，福岛核事故就出来了。需要说明的是，这些核电厂址不是能源局定的，而是早在电力部时期就确定了厂址，已等待了很多年。虽然没有批，但国家能源局给它们都发了“路条”，允许开展前期工作。现在都在等核安全规划出来。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　《中国经济周刊》：核安全规划什么时候能出来？</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　张国宝：目前，时间还不确定。在福岛核事故发生5天后，国务院就出台了“国四条”。根据“国四条”规定，由核安全局来牵头做核安全规划。我在卸任之前，曾专门去找李克强副总理汇报过一次，汇报纪要里明确，由国家能源局制定核电安全规划。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　于是，核安全局做核安全规划，能源局做核电安全规划，核安全规划涵盖核电安全规划，两个规划本身存在交叉，出来之前必须要汇集，而国外目前也还没有核安全方面的规划可借鉴，到底应该做成什么样子，现在还在摸索。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　此外，福岛核事故后，从中央到地方难免会产生一些恐惧心理，担心核安全事故，甚至有省份说不要搞了，还有人说不要搞那么大那么快，也有人认为我们现在并不算快，各方面的意见都有。</span></font></div><div><font face="宋体"><span style="font-size: 14px;">　</span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　“我不同意AP1700的研发”</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　《中国经济周刊》：目前我们核电业装备国产化的推进情况如何？</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　张国宝：国产化推进得非常好，我这么多年为推进这个事情花了不少心血。很多人认为中国还不行，但实际上我们已经很有条件了。在较短时间内大幅提升了自主制造水平，实现了反应堆压力容器、蒸汽发生器、控制系统、主泵等一批关键设备的自主化制造。我们在核电站锻件方面有很多创新，现在就是主泵我们跟国外比还有差距。未来的前景太吸引人了，我充满了信心，而且为此感到骄傲。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　《中国经济周刊》：中国核电的技术路线之争这些年一直没停止过。当初是如何决定引进美国三代技术AP1000的？整个决策过程是如何完成的？</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　张国宝：技术路线都是经过充分讨论比选决定的。这是一个集体的决策。曾培炎同志在任的时候，技术路线讲得很清楚：二代加(即改进型第二代核电技术)是一种过渡，将来要往三代核电去走，这也是我们引进第三代核电技术的初衷。在这个基础上，再消化吸收，研发出我们自主知识产权的技术。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　当初，因为每个人的背景不一样，主张也不一样。有人主张引进美国的AP1000，有人主张引进法国的。但大家有一个共识：中国是“万国牌”，引进了几个国家的堆型，每个电站都不一样，这样发展下去肯定不行，一定要统一技术。但统一到哪一边去，存在分歧。最终要有自己的核电技术认识也是一致的。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　因为有不同认识，我们把核电领域的60多个专家集中到北京郊区，关起门来，不许回家、不许打电话，在那里大概讨论了有一个礼拜。最后大家记名投票，赞成或反对的意见要写出来。结果，90%以上的人都主张引进AP1000，而且都留下了书面记录。专家意见统一后，上报国务院，然后召开中央政治局常委会讨论。当时外交部也参加了，外交部方面的意见也分为驻美和驻法的两派。最后，综合考虑整个评审的过程以及各方面的意见，政治局常委会讨论同意引进AP1000。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　《中国经济周刊》：当时，很多人觉得引进AP1000之后可能就能统一技术路线了，但现在看来，中国核电技术路线还是没能如当初希望的走向统一？</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　张国宝：现在没有达到预期的目的，还是各自为政，尚未理顺。未来能不能走向统一就要看领导人是不是强势了，如果领导人不够强势，那根本统一不起来。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　《中国经济周刊》：在决定引进AP1000之后，国务院成立了国家核电技术公司，专门引进、消化、吸收AP1000，并承担第三代核电技术自主化的任务。目前的自主化研发如何？</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　张国宝：当年和美国西屋的谈判我也参加了，美国向我们转让AP1000的时候约定，如果我们自己能研制出AP1400以上的技术，知识产权就是我们自己的，不受出口限制。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　国家核电技术公司正在进行自主知识产权的CAP1400的研发，甚至还在做CAP1700的研发。但我并不同意CAP1700的研发，而且在国家中长期科技发展规划里没有CAP1700。这个东西并不是越大越好，如果要出口的话，能够装1700的必须是大电网，像这么大的电网，只有美国、俄罗斯、印度少数几个国家有这种可能，连英国都没这种可能，英国的电网很小，更何况这几个国家怎么会进口中国的？一些小国家没那么大的电网，要1700干什么？应该先集中精力把1400研发出来。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　核电领域不存在垄断</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　《中国经济周刊》：像其他的能源领域一样，许多人也质疑核电存在垄断现象，对此，您怎么看呢？</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　张国宝：我认为不存在垄断，包括电力体制改革。法国不也是只有一个法国电力公司吗？比我们还要集中。我们好赖还分一个南网、北网，还来个厂网分开(即将发电和电网两类业务分开)。日本则分九大供电区，每个互相独立，互不相干。世界上没有统一的电力模式，电力体制改革也没有一个统一的模式。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　在核电领域，确实有人说，我们在搞垄断。根本就不存在垄断问题，你要投，理论上都可以投，外资都可以投，中华电力(港资)不就投了大亚湾吗？大唐在宁德电站不都参股了吗？参股可以，但问题在于都想当老大主导，不想当老二，那怎么能行？现在中核总、中广核、中电投不都在搞核能吗？国核技也是核电公司，怎么能说垄断？难道要谁想搞核电都让搞才叫不垄断吗？那样非出乱子不可。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　中国的核电公司已经有那么多家了，已经很乱了，核电人才本来就不多，再掺和进来，势必要挖别人的人才，人才力量那么分散，安全意识也会削弱。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　《中国经济周刊》：目前核电的价格还是比较高的，未来核电的定价机制应该怎么改革？</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　张国宝：核电的定价目前还是到国家发改委价格司去批。我认为也需要改革，但短期内很难改，它比火电还难改，因为核电站投入很高，你不能让它亏本。但现在大亚湾已经降低了，从0.43元/KWh到0.4元/KWh也有利润，随着煤价上涨，降到四毛钱，实际上在广东，核电已经比火电便宜了，因为火电的价格上来了，成本已经超过四毛钱，但核电只有四毛钱。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">塔塔集团原总经理贾姆希德·伊拉尼：</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　“相对核能，我更愿意衰落的是石油”</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　“日本的核泄漏事件令全世界的人为之痛心，但我们不能因此就停止发展核能。”塔塔集团原总经理贾姆希德·伊拉尼(Jamshed J Irani)坚定地说。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　伊拉尼在印度人心中是一位绝对的明星。他在印度第一大财团——塔塔集团任职43年。塔塔集团的业务渗透印度的化工、汽车、医药、金融服务、信息咨询、钢铁等多个行业，它甚至拥有一座属于自己的城市。塔塔集团所在地贾姆谢德布尔(Jamshedpur)，是全印度唯一由私人企业负责公共管理的城市。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　2001年—2011年，担任塔塔集团总经理的伊拉尼，在世界范围内进行了近30场并购，至今没有一起失败。2007年4月并购欧洲第二大钢铁厂康力斯(Corus)后，塔塔旗下钢铁企业从世界排名第56位跃升为世界第五。伊拉尼被誉为“扭转了塔塔集团命运”的人。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　2011年6月2日，伊拉尼度过了他的75岁生日，并且按照公司章程，正式从塔塔集团董事会退休。退休之后，伊拉尼将中国设为了他退休旅行的第一站，并在此期间接受了《中国经济周刊》的专访。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　中国必须使用更多的可再生<a href="http://www.ebid360.com/GoodsShowController.do?method=toGoodsList&amp;rp=21&amp;page=1&amp;keyWord=\u80FD\u6E90&amp;searchType=1">能源</a></span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　刚刚离开塔塔集团二号领导人的位置，伊拉尼看上去不再像锐气凌人的商人，而更像一位矍铄的长者。他微笑着告诉记者，和上个世纪80年代相比，他眼中的中国在一天天变得更光彩夺目。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　“我感到中国人的生活水平和幸福指数都有着显著的提高。我上周去了中国南方，我觉得那里的每个人看上去都很快乐。”但伊拉尼指出，中国和二三十年前相比，街上的汽车多了很多，“现在有点太多了。”当他获悉，至2011年2月底，中国机动车保有量达到2.11亿辆，比1980年增加了35倍之多时，一脸惊诧地表示：简直不可思议。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　对于汽车导致中国交通压力和环境压力的不断增大，伊拉尼表示：“首先要控制机动车数量，建设更完善的公共交通网络。在新加坡，只有一辆旧车废弃了，才能购入一辆新车。这样车辆的数量就始终是固定的。”</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　对于<a href="http://www.ebid360.com/GoodsShowController.do?method=toGoodsList&amp;rp=21&amp;page=1&amp;keyWord=\u80FD\u6E90&amp;searchType=1">能源</a>方面，伊拉尼还提出，中国必须使用更多的可再生<a href="http://www.ebid360.com/GoodsShowController.do?method=toGoodsList&amp;rp=21&amp;page=1&amp;keyWord=\u80FD\u6E90&amp;searchType=1">能源</a>，例如<a href="http://www.ebid360.com/GoodsShowController.do?method=toGoodsList&amp;rp=21&amp;page=1&amp;keyWord=\u592A\u9633\u80FD&amp;searchType=1">太阳能</a>、<a href="http://www.ebid360.com/GoodsShowController.do?method=toGoodsList&amp;rp=21&amp;page=1&amp;keyWord=\u98CE\u80FD&amp;searchType=1">风能</a>等。他指出，目前走在环保前沿的一些国家，例如挪威和斯堪的纳维亚，其大部分<a href="http://www.ebid360.com/GoodsShowController.do?method=toGoodsList&amp;rp=21&amp;page=1&amp;keyWord=\u80FD\u6E90&amp;searchType=1">能源</a>都是可再生的。这需要各国进行更大的投入，但这个投入是相对的。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　“有时候人们需要多一些投入，才能换来清洁<a href="http://www.ebid360.com/GoodsShowController.do?method=toGoodsList&amp;rp=21&amp;page=1&amp;keyWord=\u80FD\u6E90&amp;searchType=1">能源</a>，就能换来环保汽车，从而赢得更好的生存环境。我相信中国的环境问题只是暂时的，随着人们的努力会越来越好。”伊拉尼向记者表示。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　“相对核能，我更愿意衰落的是<a href="http://www.ebid360.com/GoodsShowController.do?method=toGoodsList&amp;rp=21&amp;page=1&amp;keyWord=\u77F3\u6CB9&amp;searchType=1">石油</a>”</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　日本核泄漏事件之后，相对于一些人对核能前途的忧虑，伊拉尼则显示出了强烈的信心。“我们印度也在重新审视核能的使用。但你说坐飞机有没有风险？每年都有飞机坠毁，都有成百上千的人死于空难。尽管灾难令人伤感，但我们就因此不坐飞机了吗？同理，这次日本的灾难令全世界的人为之痛心，但我们是否因此就停止发展核能？”</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　伊拉尼告诉记者，法国75%的<a href="http://www.ebid360.com/GoodsShowController.do?method=toGoodsList&amp;rp=21&amp;page=1&amp;keyWord=\u80FD\u6E90&amp;searchType=1">能源</a>都来自核能，但目前为止未发生过一起事故。全世界共有315艘核潜艇，但在过去30年中也从未发生过核能方面的意外。因此，他认为核能还是很安全的，人类不能因为一次自然灾害就畏缩不前，而应当坚持对新<a href="http://www.ebid360.com/GoodsShowController.do?method=toGoodsList&amp;rp=21&amp;page=1&amp;keyWord=\u80FD\u6E90&amp;searchType=1">能源</a>的探索。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　伊拉尼指出，不只是核能面临着安全的考验，传统<a href="http://www.ebid360.com/GoodsShowController.do?method=toGoodsList&amp;rp=21&amp;page=1&amp;keyWord=\u80FD\u6E90&amp;searchType=1">能源</a>石油又何尝不是？</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　2010年4月20日夜间，位于墨西哥湾的“深水地平线”钻井平台发生爆炸并引发大火，之后每天漏油达到5000桶，造成了巨大的环境和经济损失，有专家预计，救灾的花费会在10亿美元左右。这对<a href="http://www.ebid360.com/GoodsShowController.do?method=toGoodsList&amp;rp=21&amp;page=1&amp;keyWord=\u77F3\u6CB9&amp;searchType=1">石油</a>产业是一次巨大的冲击，不亚于日本核泄漏造成的危害。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　“难道人们就不使用<a href="http://www.ebid360.com/GoodsShowController.do?method=toGoodsList&amp;rp=21&amp;page=1&amp;keyWord=\u77F3\u6CB9&amp;searchType=1">石油</a>了吗？”伊拉尼反问道。“如果那样的话，我倒是很期待看到<a href="http://www.ebid360.com/GoodsShowController.do?method=toGoodsList&amp;rp=21&amp;page=1&amp;keyWord=\u77F3\u6CB9&amp;searchType=1">石油</a>产业的衰落。因为<a href="http://www.ebid360.com/GoodsShowController.do?method=toGoodsList&amp;rp=21&amp;page=1&amp;keyWord=\u77F3\u6CB9&amp;searchType=1">石油</a>不像核能，它是不环保的，当然煤就更糟糕了。中国现在还在大量用煤，已经持续了几十上百年了，成为一种很难改变的习惯。但就像新的车型总需要取代旧的车型一样，新的发展模式必须要取代旧的发展模式，清洁<a href="http://www.ebid360.com/GoodsShowController.do?method=toGoodsList&amp;rp=21&amp;page=1&amp;keyWord=\u80FD\u6E90&amp;searchType=1">能源</a>就是解决问题的核心。如果<a href="http://www.ebid360.com/GoodsShowController.do?method=toGoodsList&amp;rp=21&amp;page=1&amp;keyWord=\u77F3\u6CB9&amp;searchType=1">石油</a>产业能够逐渐被替代，这是我所希望看到的。”（记者 郭芳 李小晓）</span></font></div> 
</p>
					</div>
					<div class="relate_news">
						<h4>相关报道</h4>
						<ul>
								<li>·<a href="javascript:void(0);" id="/view/staticpags/hangyeliaowang/ff80808132e20dea0132f5cd70db3362.jsp" class="cmsHref_self">杭甬高铁本周完成铺轨 明年6月1日前后开通运营</a></li>
								<li>·<a href="javascript:void(0);" id="/view/staticpags/hangyeliaowang/ff80808132e20dea0132f5cbda23332f.jsp" class="cmsHref_self">“节能产品惠民工程”取得明显成效——“十一五”节能减排回顾之六</a></li>
								<li>·<a href="javascript:void(0);" id="/view/staticpags/hangyeliaowang/ff80808132e20dea0132f5c9beab32dd.jsp" class="cmsHref_self">前9月全国城镇保障性安居工程开工率达98%</a></li>
								<li>·<a href="javascript:void(0);" id="/view/staticpags/hangyeliaowang/ff80808132e20dea0132f0ce89a51d61.jsp" class="cmsHref_self">江浙沪企业领先起跑电线电缆市场</a></li>
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
										<li>·<a href="javascript:void(0);" id="/view/staticpags/hangyeliaowang/ff80808132e20dea0132f5cd70db3362.jsp" class="cmsHref_self">杭甬高铁本周完成铺轨 明年6月1日前后开通运营</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/hangyeliaowang/ff80808132e20dea0132f5cbda23332f.jsp" class="cmsHref_self">“节能产品惠民工程”取得明显成效——“十一五”节能减...</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/hangyeliaowang/ff80808132e20dea0132f5c9beab32dd.jsp" class="cmsHref_self">前9月全国城镇保障性安居工程开工率达98%</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f5c68670329a.jsp" class="cmsHref_self">安徽淮北采购7台ipad2 称为方便领导出差办公</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f5b65dd63214.jsp" class="cmsHref_self">合肥：促进科技与金融结合论坛及对接活动通过政府采购市...</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f5b2962d31cf.jsp" class="cmsHref_self">陕西省政府采购工作座谈会日前召开</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/hangyeliaowang/ff80808132e20dea0132f0dc545b1edf.jsp" class="cmsHref_self">国家能源局原局长张国宝：中国不可能放弃核电</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/hangyeliaowang/ff80808132e20dea0132f0ce89a51d61.jsp" class="cmsHref_self">江浙沪企业领先起跑电线电缆市场</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/hangyeliaowang/ff80808132e20dea0132f0c4262a1cfd.jsp" class="cmsHref_self">五金行业“风雨交加” 企业抱团“相濡以沫”</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/zhaotoubiaozt/ff80808132e20dea0132f0bdf9be1cbd.jsp" class="cmsHref_self">保证招投标交易活动的“一路阳光”</a></li>
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
