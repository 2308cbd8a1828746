<%@ page pageEncoding="UTF-8"%>
<%@ include file="/view/srplatform/common/taglibs.jsp"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<link href="view/srplatform/portal/logo.ico" type="image/ico" rel="shortcut icon"/> 
<title>日本地震震断汽车供应链 中国买车基本靠抢- 【阳光易购】</title>
<c:import url="/view/srplatform/common/init.jsp">
	<c:param name="isLastLoadPage">
		true
	</c:param>
</c:import>

<!--CSS-->
<link rel="stylesheet" type="text/css" href="/view/resource/skin/thems/default/web.css" />
<link rel="stylesheet" type="text/css" href="/view/resource/skin/skin07/css/seller.css" />
<link rel="stylesheet" type="text/css" href="/view/resource/skin/thems/default/listDetail.css" />
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
		<div id="contentSub" class="index3pa">
			<%@ include file="/view/staticpags/load/left_cms.jsp" %>
		</div>
		<div id="contentMain" class="index3pa">
			<div id="conTitle">
				<div class="navCurrent ">

	<a href="/view/srplatform/portal/index.jsp" id="/view/srplatform/portal/index.jsp" title="首页" target="_self">首页</a>
	<a href="javascript:void(0)" id="/view/staticpags/goodszx/goodszx.jsp" title="供货资讯" class="cmsHref_self">供货资讯</a>
	<a href="javascript:void(0)" id="/view/staticpags/goodszx/ff8080812f9cf3c5012fb39ae1b20558.jsp" title="日本地震震断汽车供应链 中国买车基本靠抢" class="cmsHref_self">日本地震震断汽车供应链 中国买车基本靠抢</a>
		
				</div>
			</div>
 
			<div id="conBody">
				<input type="hidden"  id="channelId" value="2c9087922e6f5c1a012e6f7274030138" />
				<div class="frameNews">
					<h1>日本地震震断汽车供应链 中国买车基本靠抢</h1>
					<div class="source">
						<span>发布时间：2011-05-03</span>
						<span>发布人：-  </span>
					</div>
					<p><p>&ldquo;卡罗拉白色，1.8自动挡？对不起，这款车没有了，即使现在订车我也不能承诺什么时候能有。&rdquo;在一家一汽丰田4S店，当记者提出想买卡罗 拉时，销售人员有点为难，&ldquo;换其它颜色行不？你到我们店后面去看，现在能卖的卡罗拉所有型号也就二三十台了，而且这二三十台车要支撑两三个月。&rdquo;</p>
<p>日本大地震已过去了一个多月，然而对本地车市的影响远远比预想的来得猛。两天来，记者对长沙市内十多家4S店进行调查，发现多款车因日本地震 导致零部件供应链断裂，厂家停产，市场出现&ldquo;断货&rdquo;。另外，此次波及的不仅仅是日系车，欧系车和美系车也受到影响。很多车以前上万元的优惠促销都随之取 消，价格齐齐回涨。</p>
<p>经销商不敢承诺交车时间</p>
<p>&ldquo;要买两厢英朗的自动挡？现在厂家一个月才给我们两三台车，前期接的很多订单都还无法消化。&rdquo;电话那头，申湘别克总经理辛鸣声音中满是无奈，&ldquo;我们接受大家的购车意向，但不能承诺交车时间。&rdquo;</p>
<p>在东风本田长沙4S店，余晃看上了一辆红色的本田思域，不过，令她遗憾的是，销售人员告诉她，这款车现在没车，而且无法承诺什么时候能到车。 更不可思议的是，据记者了解，已经有三拨消费者因为经销商迟迟不能交车而发生争吵。据销售人员称，有的消费者甚至为一款车而不惜三番几次蹲在4S店&ldquo;抢&rdquo; 车。&ldquo;我们以前一个月厂家能给两三百台车，现在因为厂家停产，一个月只有几十台供应了。&rdquo;这个4S店的负责人对记者说，&ldquo;我们现在苦于没车。&rdquo;</p>
<p>在星沙上海大众4S展厅，销售人员告诉记者，现在订购朗逸需要一个月时间才能到车，装备TSI发动机的型号，已经一个月没到车了，因为发动机中有个部件是由日本供货。在申湘别克展厅，销售人员告诉记者，旗下销量最大的车型凯越(车型 配置 图片 报价)也已经开始有部分自动挡车型缺货。</p>
<p>记者了解到，受日本地震影响最严重的是中高端车型，因为这些车型的核心零部件大部分是从日本进口的，如今都已经出现了减产缺货。例如东风日产天籁已经减产，一汽丰田RAV4的供货也断断续续等。</p>
<p>价格全面回涨，上万元优惠取消</p>
<p>除了没有现车可提之外，过去为促销而设的各种优惠措施也一并取消，甚至开始回涨。</p>
<p>&ldquo;我们的卡罗拉、RAV4现在都没有任何优惠了。&rdquo;在长沙一家一汽丰田4S店，销售人员对记者说，&ldquo;现在资源都很紧张。我们这两三个月就卖这些车，这些车，如何能支撑两三个月的销售？&rdquo;</p>
<p>事实上，优惠的缩水也是经销商的无奈之举，受日本地震影响，厂家供货不足，市场供不应求，而经销商的日常运营成本却没有减少，人工、电费、铺 租等都与平时一样，经营压力就变大了，也没办法薄利多销了，而且，以前因为厂家压库，为了完成销售任务，之前不少车已经是在无利润销售。</p>
<p>记者从长沙市场了解到，不仅仅是一汽丰田、东风日产这样的日系车优惠促销减少或取消，价格回涨，上海通用别克凯越等部分受影响的欧美车系价格也已经出现了回涨。</p>
<p>另外，东风本田新思域、东风标致508、北京汽车自主品牌新车都因为地震影响的零部件供应问题，已推迟上市。</p>
<p>[业界影响]</p>
<p>全国乘用车信息联席会秘书长饶达：</p>
<p>减产影响五月份将达到最大</p>
<p>本报长沙讯&ldquo;虽然国内合资企业还有部分零部件库存，但由于日本零部件生产受到影响，短期内不可避免会波及到国内的整车生产。&rdquo;本田中国相关负责人称。</p>
<p>4月24日，丰田汽车对外宣布，日本国内生产方面，预计将从7月起逐步恢复生产，到11-12月时恢复到正常生产水平，关于日本以外地区的生 产情况，预计将从8月起逐步恢复生产，但恢复程度无法明确。对于中国市场，6月6日之后的生产计划将根据零部件具体的供给情况，但现在没法还没有最终确 定。广汽丰田也表示，现在还有零部件可用，但已经开始逐步调整休息时间，预计五月份开始受到波及影响。</p>
<p>从4月11日起，本田、日产和铃木陆续恢复各工厂的生产。但三家车企均表示，即便全线复工，受部分零部件供应瓶颈制约，生产也只能恢复到平时的一半左右。</p>
<p>除了日本品牌的车企大幅减产外，欧美车型也卷进了这场减产&ldquo;漩涡&rdquo;。上海通用最常用的GF6变速箱的零部件从日本采购，日本工厂的停产毋庸置 疑对他们造成一定影响。目前上海通用没有对外宣布减产，但记者从经销商处获知，雪佛兰科鲁兹五六月份能提供给经销商的量急剧减少。</p>
<p>全国乘用车信息联席会秘书长饶达预计，日本地震对中国汽车工业的影响5月份将达到最大。记者余志敏 实习生黄琼</p>
</p>
				</div>
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

<script>
	// 为左边栏设定选中样式,判断用于解决点击左边栏后样式被覆盖问题
	var id = $("#channelId").val();
	if(null != $('.subnav>li[id='+id+']').html()) {
		$('.subnav>li').removeClass('selected');
		$('.subnav>li[id='+id+']').addClass('selected');
	}
</script>