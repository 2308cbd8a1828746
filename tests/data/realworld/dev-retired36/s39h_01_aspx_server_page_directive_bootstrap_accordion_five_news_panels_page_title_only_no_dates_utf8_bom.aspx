<%@ Page Language="C#" AutoEventWireup="true" CodeBehind="TripInfo.aspx.cs" Inherits="SmartHaiShu_WebApp.SmartHaiShu.TripInfo" %>

<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head  runat="server">
    <title>出行信息</title>
     <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link href="css/bootstrap.min.css" rel="stylesheet" type="text/css" />
</head>
<body>
    <form id="form1" runat="server">
    <div id="container1" class="container container_bg">
       
        <div class="row">
            <div class="panel-group" id="accordion">
                
                    <div class="panel panel-info">
                        <div class="panel-heading">
                            <button type="button" class="btn btn-warning  btn-link" data-toggle="collapse"  data-parent="#accordion" data-target="#collapse1">
                            首条有轨电车线11月动工
                            </button>
                        </div>
                        <div id="collapse1"  class="panel-collapse collapse in">
                          <div class="panel-body" style="font-size: 12px; height: 280px;overflow-y:auto; border-color:#bcebf1;">
                           宁波首条有轨电车实验线计划11月份正式开工，全长8公里多，设12座车站。顺利的话，2016年11月开始试运行，2017年2月将正式开通运营。

在《宁波市城市公共交通发展规划》（2012—2020）中提到，到2020年年底，宁波将建成7条快速公交线，其中涉及鄞州、滨海新区和东钱湖的3条可能会考虑采取有轨电车的模式。

这条有轨电车实验线，全长8.16公里，项目投资10.96亿元。线路起于南大东路站，沿着天童南路、鄞县大道和宁南路，止于嵩江中路路口南侧的宁南立交南站。

全线设置12座车站和1座车辆基地。车站由南向北分别是：南大东路站、北大路站、石家村站、蕙江路站、茶桃路站、环球城站、交通枢纽站、南部商务区站、鄞州公园站、鄞州大道站、万达广场站和宁南立交南站。其中交通枢纽站，可换乘轨道交通3号线。

这些站点是否经过家门口呢？没有的话，不必着急。打听到，线路两端都预留了延伸条件，可根据实际运营情况增加。

                          </div>
                        </div>
                      </div>
                      
                    <div class="panel panel-info">
                        <div class="panel-heading">
                            <button type="button" class="btn btn-warning  btn-link" data-toggle="collapse"  data-parent="#accordion" data-target="#collapse2">
                            月底可查全市所有公交线路
                            </button>
                        </div>
                        <div id="collapse2"  class="panel-collapse collapse">
                          <div class="panel-body" style="font-size: 12px; height: 280px;overflow-y:auto; border-color:#bcebf1;">
                          出门之前，就可知道要坐的公交车还有几分钟到达站点；出游之前，就可查询汽车余票并订购，到汽车站不排队就能取票；停车之前，就能得知周边有哪些停车位，还有多少余位……上述这些地铁、公共自行车、水上客运、航空、出租车等所有出行信息，通过在手机上安装一个APP就可以搞定。智慧交通，可以让百姓实实在在体会到便捷出行。

9月的智博会上，这项名为“宁波通”的智能服务吸引了不少市民驻足，它由中兴通讯联合宁波市交通委推出。“宁波通”依托移动智能终端APP、出行服务网站、短信服务平台，实现了智慧交通相关数据的提取和处理。自去年发布上线以来，已成为宁波市民出行不可或缺的智慧应用工具，目前累计下载量达50万人次，激活用户量达30万人次。

通过自己的手机，在实时公交模块输入12，手机便会显示12路公交车途经哪些站点，正在运行的几辆车分别开往什么方向，点击离自己最近的站点，还会显示下一班车和下下一班车预计几分钟抵达，添加收藏后首页便会自动显示，节省了常坐车次反复查询的精力。

目前，“宁波通”已接入了宁波公交总公司和北仑公交公司的车辆。现场该展位负责人透露，9月底，宁波公交线路将全部上线，届时“宁波通”将成为覆盖面最广、信息最精准的掌上出行工具。

                          </div>
                        </div>
                      </div>
                      
                    <div class="panel panel-info">
                        <div class="panel-heading">
                            <button type="button" class="btn btn-warning  btn-link" data-toggle="collapse"  data-parent="#accordion" data-target="#collapse3">
                            国庆长假火车票12日开售
                            </button>
                        </div>
                        <div id="collapse3"  class="panel-collapse collapse">
                          <div class="panel-body" style="font-size: 12px; height: 280px;overflow-y:auto;border-color:#bcebf1;">
                           从铁路部门获悉，根据铁路车票预售期要求，从9月12日起，铁路客服中心12306网站和电话及手机客户端将开始发售10月1日当天的火车票。9月30日的车票9月11日就可以购买了。

根据具体的起售时间，9月11日上午9时开始，铁路宁波站将发售9月30日当天普通列车（K、Z字头）车票，从中午11时开始发售动车（D字头）车票，下午2时开始发售高铁（G字头）列车车票。

需要提醒旅客的是，在未来几天预定回程票方面，除了G、D字头的高铁动车组列车，各地火车站的普通列车第20天最新的火车票起售时间都是不一样的，需要订票的旅客一定要事先通过12306网站查询清楚，切莫错过订票时间耽误出行。

国庆长假是继春节之后最热门的假期，旅游客流尤其集中。根据往年经验，上海、杭州、南京最热门，上午时段的车票常常提前告罄。长途方向如北京、厦门、沈阳、济南、武汉、福州，高铁车票可能也会紧张，因此建议旅客这两天在确定行程后赶紧订票。

                          </div>
                        </div>
                      </div>
                      
                    <div class="panel panel-info">
                        <div class="panel-heading">
                            <button type="button" class="btn btn-warning  btn-link" data-toggle="collapse"  data-parent="#accordion" data-target="#collapse4">
                            免检车辆每2年需申领检验标志
                            </button>
                        </div>
                        <div id="collapse4"  class="panel-collapse collapse">
                          <div class="panel-body" style="font-size: 12px; height: 280px;overflow-y:auto; border-color:#bcebf1;">
                           从市交通警察局了解到，机动车6年内免检政策将于9月1日起实施，免检车辆每2年需申领检验标志。海曙、江东、江北、鄞州四区共设置了11个免检车辆检验标志核发窗口。其他县（市）区网点也不少，除辖区交警大队及车管所外，不少还在交警中队设置免检核发窗口。届时，市民可持相关证件就近办理。

据介绍，即将实施的免检政策的适用范围是：注册登记6年以内的非营运轿车和其他小型、微型载客汽车（面包车、7座及7座以上车辆除外）。符合条件的上述免检车辆，每2年需要定期检验时，车主只要前往指定窗口，提供交通事故强制责任保险凭证、车船税纳税或免征证明后，即可直接向公安机关交通管理部门申领检验标志，不需要再到检测机构进行安全技术检验。

为了方便广大车主就近领取检验标志，我市已在市车管所导办大厅、市区各二手车交易市场以及各县（市）区交警大队车管大厅或违法处理大厅等地点，设立了免检车辆检验标志核发窗口。下一步，公安交通管理部门还将增设领取检验标志的网点，如在机动车登记服务站、交通违法处理窗口等。

需要提醒的是，全市范围内的免检车辆可自由选择受理业务的窗口，不受行政区域限制。不过，各个检测站将不会受理免检业务，请车主认真选择，以免跑错地方。


                          </div>
                        </div>
                      </div>
                      
                    <div class="panel panel-info">
                        <div class="panel-heading">
                            <button type="button" class="btn btn-warning  btn-link" data-toggle="collapse"  data-parent="#accordion" data-target="#collapse5">
                            兰亭路—世纪大道26日起禁行
                            </button>
                        </div>
                        <div id="collapse5"  class="panel-collapse collapse">
                          <div class="panel-body" style="font-size: 12px; height: 280px;overflow-y:auto; border-color:#bcebf1;">
                           8月19日从市公安局交通警察局获悉，为保障宁穿路（兰亭路—世纪大道）改建工程的顺利实施，从2014年8月26日起至2015年1月31日，这条道路将实施管制措施。

届时，全天禁止一切车辆和行人在宁穿路（兰亭路—世纪大道）通行。出入福明街道办事处、华东物资城等单位的行人与车辆，可经宁穿路北侧修建的临时便道通行。受限车辆和行人可提前绕道中山东路、惊驾路通行。

此外，为确保公交线路正常运营，拟对多条公交线路实行临时单向改道运营：8路、14路、306路、352路、514路、750路、756路、758路、759路、790路、162路、155路、158路、620路、621路、603路、629路、620—2路、907路、963路、908路。


                          </div>
                        </div>
                      </div>
            </div>
        </div>
        
    </div>
    
    </form>
       <script src="js/jquery-1.9.1.min.js" type="text/javascript"></script>
    <script src="js/bootstrap.min.js" type="text/javascript"></script>
    <script type="text/javascript">
    </script>
</body>
</html>
