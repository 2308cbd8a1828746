<!DOCTYPE html>
<html lang="en">
    <head>
        <?php include __DIR__.'/include/__page_meta.php'; ?>
        <?php include __DIR__.'/include/__page_script_head.php'; ?>
        <link rel="stylesheet" href="https://use.typekit.net/qot7dle.css">
        <link rel="stylesheet" href="css/news.css">
        <title>最新消息 - 寶晶能源股份有限公司 INAEnergy</title>
        <meta name="description" content="寶晶能源最新消息。">
        <meta property="og:title" content="最新消息 - 寶晶能源股份有限公司 INAEnergy">
        <meta property="og:description" content="寶晶能源最新消息。">
        <meta property="twitter:title" content="最新消息 - 寶晶能源股份有限公司 INAEnergy">
        <meta property="twitter:description" content="寶晶能源最新消息。">
        
    </head>
    <body id="page-top">
        <?php include __DIR__.'/include/__page_header.php'; ?>
        <!-- Masthead-->
        <header class="masthead" id="pagetop">
            <div class="container text-center px-4 px-lg-5 h-100">  
                <div class="row gx-4 gx-lg-5 h-100 align-items-center justify-content-center">
                    <div class="col-lg-8 align-self-end">
                        <h1 class="text-white font-weight-bold">最新消息</h1>
                        <hr class="divider" />
                    </div>
                    <div class="col-lg-8 align-self-baseline">
                    </div>
                </div>
            </div>
        </header>
        
        <section class="page-section bg-block" id="news">
            <div class="container px-4 px-lg-5">
                <h2 class="text-center mt-5">其他新聞</h2>
                <hr class="divider mb-5" />
                <div class="row">
                    <div class="col-12">
                        <div class="news-board flex-fill d-flex">
                            <div class="news-media-list mt-3"><a href="https://www.chinatimes.com/">中時新聞網</a></div>
                            <div class="news-conten-list mt-2">
                                <div class="news-title-right"><a href="https://www.chinatimes.com/realtimenews/20211220001297-260410?chdtv">
                                    《產業》寶佳＆東元集團切入儲能 攜Fluence解鎖新里程碑
                                </a></div>
                                <div class="news-time">2021/12/20</div>
                            </div>
                        </div>

                        <div class="news-board flex-fill d-flex">
                            <div class="news-media-list mt-3"><a href="https://www.upmedia.mg/">上報</a></div>
                            <div class="news-content mt-2">
                                <div class="news-title-right"><a href="https://www.upmedia.mg/news_info.php?SerialNo=131588">
                                    十大綠能企業凝聚共識　籌組太陽光電產業永續發展協會
                                </a></div>
                                <div class="news-time">2021/12/03</div>
                            </div>
                        </div>
                        <div class="news-board flex-fill d-flex">
                            <div class="news-media-list mt-3"><a href="https://view.ftv.com.tw/">民視異言堂</a></div>
                            <div class="news-content mt-2">
                                <div class="news-title-right"><a href="https://view.ftv.com.tw/week.aspx?dd=20211127">
                                    在惡地種綠金
                                </a></div>
                                <div class="news-time">2021/11/27</div>
                            </div>
                        </div>
                        <div class="news-board flex-fill d-flex">
                            <div class="news-media-list mt-3"><a href="https://money.udn.com/">經濟日報</a></div>
                            <div class="news-content mt-2">
                                <div class="news-title-right"><a href="https://money.udn.com/money/story/5722/5839632">
                                    寶晶執屏東太陽能牛耳 林邊及枋寮開發100M級案場
                                </a></div>
                                <div class="news-time">2021/10/24</div>
                            </div>
                        </div>
                        <div class="news-board flex-fill d-flex">
                            <div class="news-media-list mt-3"><a href="https://www.managertoday.com.tw/">經理人</a></div>
                            <div class="news-content mt-2">
                                <div class="news-title-right"><a href="https://www.managertoday.com.tw/articles/view/63744?">
                                    【U-Office Force管理手札】 寶晶能源企業流程數位化，太陽能結合地方創生，打造綠能科技島
                                </a></div>
                                <div class="news-time">2021/09/10</div>
                            </div>
                        </div>
                        <div class="news-board flex-fill d-flex">
                            <div class="news-media-list mt-3"><a href="https://udn.com/news/index">聯合新聞網</a></div>
                            <div class="news-content mt-2">
                                <div class="news-title-right"><a href="https://udn.com/news/story/7240/5660592">
                                    看太陽光電發展 寶晶能源董座：政府宜以「重症」處理
                                </a></div>
                                <div class="news-time">2021/08/09</div>
                            </div>
                        </div>
                        <div class="news-board flex-fill d-flex">
                            <div class="news-media-list mt-3"><a href="https://www.businesstoday.com.tw/">今周刊</a></div>
                            <div class="news-content mt-2">
                                <div class="news-title-right"><a href="https://esg.businesstoday.com.tw/article/category/206726/post/202108060038/">
                                    太陽能發電的現況與挑戰，對抗氣候變遷的終極解決方案
                                </a></div>
                                <div class="news-time">2021/08/06</div>
                            </div>
                        </div>
                        <div class="news-board flex-fill d-flex">
                            <div class="news-media-list mt-3"><a href="https://www.upmedia.mg/">上報</a></div>
                            <div class="news-content mt-2">
                                <div class="news-title-right"><a href="https://www.upmedia.mg/news_info.php?SerialNo=118067">
                                    送暖挺醫護！三家光電業者捐贈逾3千組醫療用防護衣鞋
                                </a></div>
                                <div class="news-time">2021/07/07</div>
                            </div>
                        </div>
                        <div class="news-board flex-fill d-flex">
                            <div class="news-media-list mt-3"><a href="https://www.upmedia.mg/">上報</a></div>
                            <div class="news-content mt-2">
                                <div class="news-title-right"><a href="https://www.upmedia.mg/news_info.php?SerialNo=110897">
                                    太陽光電活化不利耕作農地　寶晶能源董座蔡佳晋：共創四贏
                                </a></div>
                                <div class="news-time">2021/04/15</div>
                            </div>
                        </div>
                        <div class="news-board flex-fill d-flex">
                            <div class="news-media-list mt-3"><a href="https://www.upmedia.mg/">上報</a></div>
                            <div class="news-content mt-2">
                                <div class="news-title-right"><a href="https://www.upmedia.mg/news_info.php?SerialNo=109844">
                                    看準綠能商機　寶晶能源跨足風力發電市場
                                </a></div>
                                <div class="news-time">2021/03/31</div>
                            </div>
                        </div>
                        <div class="news-board flex-fill d-flex">
                            <div class="news-media-list mt-3"><a href="https://technews.tw/">科技新報</a></div>
                            <div class="news-content mt-2">
                                <div class="news-title-right"><a href="https://technews.tw/2020/09/07/ina-energy-solar/">
                                    寶晶能源跨足大型地面太陽能，華南主辦超額認購完成 35 億聯貸
                                </a></div>
                                <div class="news-time">2020/09/07</div>
                            </div>
                        </div>
                        <div class="news-board flex-fill d-flex">
                            <div class="news-media-list mt-3"><a href="https://www.businesstoday.com.tw/">今周刊</a></div>
                            <div class="news-content mt-2">
                                <div class="news-title-right"><a href="https://www.businesstoday.com.tw/article/category/80393/post/202009030014/">
                                    綠能新貴　720天成功抓住南台灣的陽光
                                </a></div>
                                <div class="news-time">2020/09/04</div>
                            </div>
                        </div>
                        <div class="news-board flex-fill d-flex">
                            <div class="news-media-list mt-3"><a href="https://www.storm.mg/">風傳媒</a></div>
                            <div class="news-content mt-2">
                                <div class="news-title-right"><a href="https://www.storm.mg/article/3005527">
                                    寶佳集團「寶晶能源」跨足太陽能發電業 華南銀行以聯貸力挺
                                </a></div>
                                <div class="news-time">2020/09/04</div>
                            </div>
                        </div>
                        <div class="news-board flex-fill d-flex">
                            <div class="news-media-list mt-3"><a href="https://ctee.com.tw/">工商時報</a></div>
                            <div class="news-content mt-2">
                                <div class="news-title-right"><a href="https://ctee.com.tw/livenews/aj/ctee/a95634002020082520553996">
                                    合庫籌組寶佳集團旗下寶興能源48.8億聯貸案完成簽約
                                </a></div>
                                <div class="news-time">2020/08/25</div>
                            </div>
                        </div>
                        <div class="news-board flex-fill d-flex">
                            <div class="news-media-list mt-3"><a href="https://www.ctwant.com/">CTWANT</a></div>
                            <div class="news-content mt-2">
                                <div class="news-title-right"><a href="https://www.ctwant.com/article/64924">
                                    綠電爭奪戰2／屏東老農喜迎種電拚4嬴　寶晶能源先馳得點
                                </a></div>
                                <div class="news-time">2020/08/02</div>
                            </div>
                        </div>
                        <div class="news-board flex-fill d-flex">
                            <div class="news-media-list mt-3"><a href="https://www.cna.com.tw/">中央通訊社</a></div>
                            <div class="news-content mt-2">
                                <div class="news-title-right"><a href="https://www.cna.com.tw/news/ahel/202006090250.aspx">
                                    寶晶能源與屏工產學合作 培育光電維修人才
                                </a></div>
                                <div class="news-time">2020/06/09</div>
                            </div>
                        </div>
                        <div class="news-board flex-fill d-flex">
                            <div class="news-media-list mt-3"><a href="https://www.chinatimes.com/">中時新聞網</a></div>
                            <div class="news-content mt-2">
                                <div class="news-title-right"><a href="https://www.chinatimes.com/newspapers/20200306000349-260204?chdtv">
                                    寶晶能源林邊太陽能電站 動土
                                </a></div>
                                <div class="news-time">2020/03/06</div>
                            </div>
                        </div>
                        <div class="news-board flex-fill d-flex">
                            <div class="news-media-list mt-3"><a href="https://news.ustv.com.tw/">非凡電視</a></div>
                            <div class="news-content mt-2">
                                <div class="news-title-right"><a href="https://www.youtube.com/watch?v=tcR_TVMDyKA">
                                    目標3年達標300MW!寶晶林邊太陽能電站動土 助力台灣能源轉型
                                </a></div>
                                <div class="news-time">2020/03/05</div>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </section>
    
        <?php include __DIR__.'/include/__page_footer.php'; ?>
    </body>
</html>