<%@ page pageEncoding="UTF-8"%>
<%@ include file="/view/srplatform/common/taglibs.jsp"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<link href="view/srplatform/portal/logo.ico" type="image/ico" rel="shortcut icon"/> 
<title>联想ThinkPad E40（0579A14） 笔记本电脑采购公告- 【阳光易购】</title>
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
	<a href="javascript:void(0)" id="/view/staticpags/notice/notice.jsp" title="网站公告" class="cmsHref_self">网站公告</a>
	<a href="javascript:void(0)" id="/view/staticpags/notice/ff80808132811a910132af24e0614cef.jsp" title="联想ThinkPad E40（0579A14） 笔记本电脑采购公告" class="cmsHref_self">联想ThinkPad E40（0579A14） 笔记本电脑采购公告</a>
		
				</div>
			</div>
 
			<div id="conBody">
				<input type="hidden"  id="channelId" value="402883d429a14e050129a1871ed1044c" />
				<div class="frameNews">
					<h1>联想ThinkPad E40（0579A14） 笔记本电脑采购公告</h1>
					<div class="source">
						<span>发布时间：2011-09-28</span>
						<span>发布人：-王铂清  </span>
					</div>
						<p><img src="/cms/newscontent/contentupload/image/2011-09/1e656183_8cfa_447d_b9f9_b0496972ca85.jpg"></p>
					<p><p class="MsoNormal" align="left" style="margin-top: 0cm; margin-right: 0cm; margin-bottom: 18pt; margin-left: 0cm; padding-top: 0px; padding-right: 0px; padding-bottom: 0px; padding-left: 0px; text-indent: 24.1pt; text-align: left; "><b style="line-height: 24px; color: black; font-family: 宋体; font-size: 15px; ">项目名称：</b><font face="宋体"><span style="font-size: 15px; line-height: 24px;">联想ThinkPad E40（0579A14） 笔记本电脑采购公告</span></font><br><br><font face="宋体" style="color: rgb(51, 51, 51); font-family: 宋体; line-height: 24px; font-size: 12px; "><span style="font-size: 15px; ">&nbsp; &nbsp;&nbsp;</span></font><b style="line-height: 22px; color: rgb(51, 51, 51); font-family: 宋体; font-size: 15px; "><span style="line-height: 24px; font-family: 宋体; color: black; ">项目编号：</span></b><span lang="EN-US" style="line-height: 24px; font-family: 宋体; color: black; font-size: 12px; ">&nbsp;</span><span lang="EN-US" style="font-size: 15px; line-height: 24px; font-family: 宋体; color: black; ">YGYG-201109280003</span></p><span style="font-family: Verdana, Geneva, 宋体, sans-serif; font-size: 15px; "><p class="MsoNormal" align="left" style="margin-top: 0cm; margin-right: 0cm; margin-bottom: 18pt; margin-left: 0cm; padding-top: 0px; padding-right: 0px; padding-bottom: 0px; padding-left: 0px; text-indent: 24.1pt; text-align: left; line-height: 22px; color: rgb(51, 51, 51); font-family: 宋体; "><font>北京国信创新科技有限公司于<span lang="EN-US">2011</span>年09月20日 在阳光易购电子采购平台发布的</font><span style="line-height: 24px; color: rgb(0, 0, 0); "><span style="color: black; font-family: 宋体; ">采购</span></span></p></span><span style="font-family: Verdana, Geneva, 宋体, sans-serif; font-size: 15px; "><p class="MsoNormal" align="left" style="margin-top: 0cm; margin-right: 0cm; margin-bottom: 18pt; margin-left: 0cm; padding-top: 0px; padding-right: 0px; padding-bottom: 0px; padding-left: 0px; text-indent: 24.1pt; text-align: left; line-height: 22px; color: rgb(51, 51, 51); font-family: 宋体; "><span style="line-height: 24px; color: rgb(0, 0, 0); "><span style="color: black; font-family: 宋体; ">联想Thinkpad E40（0579A14）笔记本电脑采购项目，经过询价采购程序，最终确认采</span></span></p><p class="MsoNormal" align="left" style="margin-top: 0cm; margin-right: 0cm; margin-bottom: 18pt; margin-left: 0cm; padding-top: 0px; padding-right: 0px; padding-bottom: 0px; padding-left: 0px; text-indent: 24.1pt; text-align: left; line-height: 22px; color: rgb(51, 51, 51); font-family: 宋体; "><span style="line-height: 24px; color: rgb(0, 0, 0); "><span style="color: black; font-family: 宋体; ">购结果如下：&nbsp;</span></span></p></span><span style="line-height: 38px; color: rgb(51, 51, 51); font-size: 15px; "><p class="MsoNormal" align="left" style="margin-top: 0cm; margin-right: 0cm; margin-bottom: 18pt; margin-left: 0cm; padding-top: 0px; padding-right: 0px; padding-bottom: 0px; padding-left: 0px; text-indent: 24.1pt; text-align: left; line-height: 22px; color: rgb(51, 51, 51); font-family: 宋体; font-size: 15px; "><b>成交供应商名称:</b>北京德仕美通电子有限公司</p><p class="MsoNormal" align="left" style="margin-top: 0cm; margin-right: 0cm; margin-bottom: 18pt; margin-left: 0cm; padding-top: 0px; padding-right: 0px; padding-bottom: 0px; padding-left: 0px; text-indent: 24.1pt; text-align: left; line-height: 22px; color: rgb(51, 51, 51); font-family: 宋体; font-size: 15px; "><span style="line-height: 30px; "><b>所属行政区域：</b><font color="#333333">北京市</font></span><span style="line-height: 30px; color: rgb(51, 51, 51); ">&nbsp;</span></p><p class="MsoNormal" align="left" style="margin-top: 0cm; margin-right: 0cm; margin-bottom: 0pt; margin-left: 0cm; padding-top: 0px; padding-right: 0px; padding-bottom: 0px; padding-left: 0px; text-indent: 23.6pt; text-align: left; background-image: initial; background-attachment: initial; background-origin: initial; background-clip: initial; background-color: rgb(252, 254, 252); line-height: 30px; color: rgb(51, 51, 51); font-size: 15px; "><b style="font-family: 宋体; "><span style="line-height: 24px; font-family: 宋体; ">成交金额：</span></b><span style="line-height: 24px; font-family: 宋体; ">&nbsp;</span><span style="line-height: 24px; font-family: 宋体; color: black; ">人民币</span><span style="line-height: 24px; color: black; "><font face="Arial">3850</font></span><span style="line-height: 24px; color: black; "><font face="宋体">元</font></span></p><p class="MsoNormal" align="left" style="margin-top: 0cm; margin-right: 0cm; margin-bottom: 0pt; margin-left: 0cm; padding-top: 0px; padding-right: 0px; padding-bottom: 0px; padding-left: 0px; text-indent: 23.6pt; text-align: left; background-image: initial; background-attachment: initial; background-origin: initial; background-clip: initial; background-color: rgb(252, 254, 252); line-height: 30px; color: rgb(51, 51, 51); font-family: 宋体; font-size: 15px; ">&nbsp;</p><p class="MsoNormal" align="left" style="margin-top: 0cm; margin-right: 0cm; margin-bottom: 18pt; margin-left: 0cm; padding-top: 0px; padding-right: 0px; padding-bottom: 0px; padding-left: 0px; text-indent: 24.1pt; text-align: left; line-height: 22px; color: rgb(51, 51, 51); font-family: 宋体; font-size: 15px; "><b><span style="line-height: 24px; font-family: 宋体; color: black; ">合同履行日期：</span></b><span style="line-height: 24px; font-family: 宋体; color: black; ">&nbsp;依照合同约定</span></p><p class="MsoNormal" align="left" style="margin-top: 0cm; margin-right: 0cm; margin-bottom: 18pt; margin-left: 0cm; padding-top: 0px; padding-right: 0px; padding-bottom: 0px; padding-left: 0px; text-indent: 24.1pt; text-align: left; line-height: 22px; color: rgb(51, 51, 51); font-family: 宋体; font-size: 15px; "><span style="line-height: 24px; font-family: 宋体; color: black; "><font face="Arial"><b>中标原因：</b>价格合理，质量有保障，性价比高。</font></span><span style="line-height: 22px; font-family: 宋体; color: black; "><font face="Arial"><span lang="EN-US" style="line-height: 22px; font-family: 宋体; "><o:p></o:p></span></font></span></p><p class="MsoNormal" align="left" style="margin-top: 0cm; margin-right: 0cm; margin-bottom: 18pt; margin-left: 0cm; padding-top: 0px; padding-right: 0px; padding-bottom: 0px; padding-left: 0px; text-indent: 24pt; text-align: left; line-height: 22px; color: rgb(51, 51, 51); font-family: 宋体; font-size: 15px; "><span style="line-height: 24px; font-family: 宋体; color: black; ">相关供应商对成交结果有异议的，可自本公告发布之日起七个工作日内书面提出。</span><span lang="EN-US" style="line-height: 22px; font-family: 宋体; "><o:p></o:p></span></p><p class="MsoNormal" align="left" style="margin-top: 0cm; margin-right: 0cm; margin-bottom: 18pt; margin-left: 0cm; padding-top: 0px; padding-right: 0px; padding-bottom: 0px; padding-left: 0px; text-indent: 24pt; text-align: left; line-height: 22px; color: rgb(51, 51, 51); font-family: 宋体; font-size: 15px; "><span style="line-height: 24px; font-family: 宋体; color: black; "><b>联系部门：</b>采购组</span></p><p class="MsoNormal" align="left" style="margin-top: 0cm; margin-right: 0cm; margin-bottom: 18pt; margin-left: 0cm; padding-top: 0px; padding-right: 0px; padding-bottom: 0px; padding-left: 0px; text-indent: 24pt; text-align: left; line-height: 22px; color: rgb(51, 51, 51); font-family: 宋体; font-size: 15px; "><span style="line-height: 24px; font-family: 宋体; color: black; "><b>联系人：</b>王铂清&nbsp;&nbsp;</span></p><p class="MsoNormal" align="left" style="margin-top: 0cm; margin-right: 0cm; margin-bottom: 18pt; margin-left: 0cm; padding-top: 0px; padding-right: 0px; padding-bottom: 0px; padding-left: 0px; text-indent: 24pt; text-align: left; line-height: 22px; color: rgb(51, 51, 51); font-family: 宋体; font-size: 15px; "><span style="line-height: 24px; font-family: 宋体; color: black; "><b>联系电话：</b><span lang="EN-US">010-88354986-836</span></span></p><p class="MsoNormal" align="left" style="margin-top: 0cm; margin-right: 0cm; margin-bottom: 18pt; margin-left: 0cm; padding-top: 0px; padding-right: 0px; padding-bottom: 0px; padding-left: 0px; text-indent: 24.1pt; text-align: left; line-height: 22px; color: rgb(51, 51, 51); font-family: 宋体; font-size: 15px; "><b><span style="line-height: 24px; font-family: 宋体; color: black; ">特此公告！</span></b>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p><p class="MsoNormal" style="margin-top: 0cm; margin-right: 0cm; margin-bottom: 18pt; margin-left: 0cm; padding-top: 0px; padding-right: 0px; padding-bottom: 0px; padding-left: 0px; text-indent: 24.1pt; text-align: right; line-height: 22px; color: rgb(51, 51, 51); font-family: 宋体; font-size: 15px; ">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;阳光易购电子采购平台&nbsp;</p><p class="MsoNormal" style="margin-top: 0cm; margin-right: 0cm; margin-bottom: 18pt; margin-left: 0cm; padding-top: 0px; padding-right: 0px; padding-bottom: 0px; padding-left: 0px; text-indent: 24.1pt; text-align: right; line-height: 22px; color: rgb(51, 51, 51); font-family: 宋体; font-size: 15px; "><st1:chsdate year="2011" month="04" day="08" islunardate="False" isrocdate="False" w:st="on"><span style="font-family: 宋体; color: black; ">2011年<span lang="EN-US">09</span>月28日</span></st1:chsdate></p></span> 
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