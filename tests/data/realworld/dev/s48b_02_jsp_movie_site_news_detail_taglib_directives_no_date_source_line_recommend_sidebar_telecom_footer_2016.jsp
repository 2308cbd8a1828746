<%@ page language="java" contentType="text/html; charset=utf-8"
	pageEncoding="utf-8"%>
<%@ page isELIgnored="false"%>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"%>
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8">
<meta charset="utf-8">
<meta name="application-name" content="院线通">
<meta name="title" content="院线通">
<title>电影比价平台-首页</title>
<meta name="keywords" content="">
<meta name="description" content="">
<link rel="dns-prefetch" href="http://www.189mv.cn/">
<link rel="dns-prefetch" href="http://image.189mv.cn/">
<link href="<%=request.getContextPath()%>/css/public.css"
	type="text/css" rel="stylesheet">
<link href="<%=request.getContextPath()%>/css/index.css" type="text/css"
	rel="stylesheet">
<script src="<%=request.getContextPath()%>/js/hm.js"></script>
<script type="text/javascript">
	//热门影片
</script>
</head>
<body>
	<jsp:include page="head.jsp" />
	<div class="wrapper">
		<div class="crumbs mart10">
			您的位置：<a href="http://www.189mv.cn/">院线通</a> &gt;<a
				href="http://www.189mv.cn/news/">电影资讯</a> &gt; <span>资讯详情</span>
		</div>
	</div>
	<div class="wrapper fix">
		<div class="zx_wrapper mart10 com_b">

			<h1 class="txt">2016年12月内地影市前瞻</h1>
			<div class="art_h">
				<p>
					<span style="font-size: 16px"><img id="eshorepicture"
						src="./院线通-2016年12月内地影市前瞻_files/44560.jpg"></span>
				</p>

				<p>
					<span style="font-size: 16px">12月，意味着2016年进入到最后一个月份，也意味着一年一度的贺岁档大战正式拉来帷幕。2016年电影市场相对有些疲软，11月进口大片称霸市场，可惜多数电影火爆未遂，更令2016年影市雪上加霜。12月是今年最后的希望，贺岁档大片蓄势待发，能否令2016年电影市场华丽收官呢？</span>
				</p>

				<p>
					<span style="font-size: 16px">今年12月影市与往年有一样的地方也有不同之处，华语贺岁档大片如往常一样各自列于几大周末的黄金档期，但今年比起去年大制作电影在数量上并不占优，几乎是近几年“大片”数量最少的人一次，却在每部电影的量级上有着碾压往年之势。</span>
				</p>

				<p>
					<span style="font-size: 16px">首个周末12月2日，尔冬升、徐克两位大导演合作的3D武侠片《三少爷的剑》终于问世，成为贺岁档第一炮，同陈赫、宋智孝等人加盟的中法合拍动作喜剧《超级快递》、张艺谋的女儿张末导演的奇幻喜剧《28岁未成年》也是有备而来。次周12月9日倒是有些意外，几部华语电影都是中小成本制作，其中包括胡歌、宋佳的惊悚片《那年夏天你去了哪里》以及董子健、李梦领衔的口碑青春片《少年巴比伦》，都有几分黑马成色。</span>
				</p>

				<p>
					<span style="font-size: 16px">第三周12月16日迎来贺岁档爆款，张艺谋领衔一长串全明星阵容的《长城》公映，本片也是张艺谋脱离张伟平之后首部纯商业题材电影。有意思的是，在很多电影纷纷躲避之际，有两部电影迎风而上，杨树鹏导演、欧豪、张译主演的黑色青春系电影《少年》，以及跳票多时、汇聚葛优、章子怡、浅野忠信等全明星阵容的《罗曼蒂克消亡史》，都选择在12月16日公映，而且全部是改档而来，不免令观众对当日影厅争夺战的盛况产生好奇了。</span>
				</p>

				<p>
					<span style="font-size: 16px">第四周与第五周则也有三部重量级电影，12月23日张嘉佳借着《从你的全世界路过》的势头，联合监制王家卫带来《摆渡人》，梁朝伟、金城武、陈奕迅等全明星阵容不亚于《长城》。同日另一部作品，王宝强自导自演的《大闹天竺》更是占据了“人和”之利，只不过该片目前悄无声息，跳票的可能性超过50%。月末12月30日，成龙今年第二部作品《铁道飞虎》，带领三度合作的导演丁晟以及主演黄子韬、王凯、王大陆收尾2016年。</span>
				</p>

				<p>
					<span style="font-size: 16px">除此之外，今年贺岁档意外的加入了不少进口片的身影，12月2日有蒂姆·伯顿的《佩小姐的奇幻城堡》、新海诚的《你的名字。》、尼古拉斯·霍尔特主演的《极速之巅》、12月8日战争电影《血战钢锯岭》、9日《萨利机长》等进口大片在12月上旬分门别类迎接国产电影，为贺岁档的观众增添了新的选择。</span>
				</p>

				<p style="text-align: right;">
					<span style="font-size: 16px; line-height: 25.6px">来源：时光网</span>
				</p>

			</div>
			<!--<div class="fromto" >(来源于:系统后台发布)</div>  -->


		</div>
		<!--热点新闻-->
		<div class="zx_side mart10 com_b">
			<h2>精彩推荐</h2>
			<div class="zx_tou">
				<div class="pic">
					<img src="./院线通-2016年12月内地影市前瞻_files/news_45208.jpg" width="274"
						height="189">
				</div>
				<h4>
					<a href="http://www.189mv.cn/news/16398/" class="blue">第89届奥斯卡金像奖颁奖典礼</a>
				</h4>
				<p>现场闹乌龙！奥斯卡颁奖现场最佳影片发错了</p>
			</div>
			<div class="zx_mlist">
				<ul>

					<li>• <a href="http://www.189mv.cn/news/16398/">第89届奥斯卡金像奖颁奖典礼</a></li>


					<li>• <a href="http://www.189mv.cn/news/16378/">2017年3月内地影市前瞻</a></li>


					<li>• <a href="http://www.189mv.cn/news/16358/">2017年1月内地影市前瞻</a></li>


					<li>• <a href="http://www.189mv.cn/news/16338/">2016年12月内地影市前瞻</a></li>


					<li>• <a href="http://www.189mv.cn/news/16318/">2016年11月内地影市前瞻</a></li>


					<li>• <a href="http://www.189mv.cn/news/16299/">2016年10月内地影市前瞻</a></li>


					<li>• <a href="http://www.189mv.cn/news/16278/">2016年9月内地影市前瞻</a></li>


					<li>• <a href="http://www.189mv.cn/news/16199/">暑期档今年格外“冷”</a></li>


					<li>• <a href="http://www.189mv.cn/news/16218/">2016年8月中国内地影市前瞻</a></li>


					<li>• <a href="http://www.189mv.cn/news/16159/">2016年上半年中国票房最佳Top10</a></li>

				</ul>
			</div>

		</div>
	</div>
	<!--h-->

	<div id="footer" class="fix">

		<ul>
			<li>客服电话：4008610001<br>电信及增值业务经营许可证：粤ICP备14020429号<br>Copyright©
				2007—2013 中国电信 版权所有
			</li>
		</ul>
	</div>

	<script type="text/javascript"
		src="<%=request.getContextPath()%>/js/jquery.min.js"></script>
	<script type="text/javascript"
		src="<%=request.getContextPath()%>/js/common.js"></script>
</body>
</html>