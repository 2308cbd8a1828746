<%@ page language="java" import="java.util.*" pageEncoding="utf-8"%>
<%
String path = request.getContextPath();
String basePath = request.getScheme()+"://"+request.getServerName()+":"+request.getServerPort()+path+"/";
%>

<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
  <head>
    <base href="<%=basePath%>">
    
    <title>智慧出行-欢迎进入行业基本信息</title>
    
	<meta http-equiv="pragma" content="no-cache">
	<meta http-equiv="cache-control" content="no-cache">
	<meta http-equiv="expires" content="0">    
	<meta http-equiv="keywords" content="keyword1,keyword2,keyword3">
	<meta http-equiv="description" content="This is my page">
	<link rel="shortcut icon" href="<%=basePath%>favicon.ico" type="image/x-icon" />
	<link rel="stylesheet" type="text/css" href="WebPage/css/publicTraffic/PassengerSuvey.css"/>

  </head>
  
  <body>
   <h4 style="color: rgb(92,92,92);">平湖客运中心
   
    <!--<span style="float: right;font-size: 12px">
   <a  class="main_left_select" onclick="SelectItem_main_left(this,'WebPage/page/LongTansport/ThePassengerTransportationCenter_JX.jsp')">车站简介&nbsp;|</a>换乘引导&nbsp;|车站交通</span>-->
   </h4>
   <hr style="color: rgb(192,202,229);">
   <p  style="font-size: 14px;font-weight: normal;letter-spacing: 2px;color:rgb(51,51,51);">
     本报讯 9月28日上午，备受关注的平湖市汽车客运中心正式开工。市领导翁建荣、何大利、徐春林、刘耀明、潘川弟出席开工典礼。

目前，我市在用的客运站有汽车南站、汽车北站以及城乡公交总站，南站主要承担嘉兴市域、长途班线车辆和旅客的接待和发送，北站主要承担城市公共交通车辆和旅客的接待和发送，城乡公交总站主要承担市域内客运车辆和旅客的接待和发送。随着我市经济社会的发展和城市规模的扩容，汽车客运流量迅猛增加，现有的3个客运站已经严重超负荷运行。据了解，平湖市汽车客运中心是市政府确定的重要实事项目，新址位于当湖街道新华南路延伸段与规划中的南环路交叉口西北侧地块（乍嘉苏航道西侧），总用地面积120亩，建筑面积2.5万平方米，设计日发送旅客1万人次至2.5万人次，总投资1.33亿元。

市汽车客运中心将按“10年超前、20年适应”的要求，将长途客运、城市公交、城乡公交及旅游、出租车等综合考虑，建立畅通无阻的乘客换乘机制，以解决群众最关心、最直接、最现实的交通出行问题。同时，客运中心在设计上还充分体现了以人为本的设计理念，突破了传统的设计模式，富有时代感。中心内部具有客运中转、公交换乘、快递配送、商业服务、出租车服务、工作办公、辅助配套、生活后勤保障等八大功能。

市委副书记、市长翁建荣宣布市汽车客运中心项目正式开工，同时要求：业主单位要以认真负责的态度，精心组织，强化责任，保证工程顺利推进；建设单位要牢固树立安全第一、质量为重的意识，精心施工，科学管理；各有关部门要全力给予关心和支持，为工程建设提供良好的服务和有力的保障，把客运中心建成全市人民满意的工程。

   </p>
    <p align="center"><img style="width: 430px;" alt="" src="WebPage/image/LongTansport/ThePassengerTransportationCenter_PH.png"/></p>
  </body>
</html>
