export const mock = {
    "status_code": 200,
    "status_message": "Successful",
    "data": {
        "dct_GrpST_Src_GeoTag": {
            "0c19f3f802ac44efab4bc52f01e94f08": {
                "id": "0c19f3f802ac44efab4bc52f01e94f08",
                "year": 2024,
                "week": 15,
                "topic": "Land Disposal and Transaction",
                "event": "Land Disposal and Transaction related",
                "title": "甯漢豪：研「片區模式」開發北都　發展商一併負責基建發展　將續推交椅洲填海",
                "geo_tag": [
                    {
                        "location": "新田科技城",
                        "latitude": 825439.0,
                        "longitude": 840126.0
                    },
                    {
                        "location": "交椅洲",
                        "latitude": 825950.0,
                        "longitude": 816130.0
                    },
                    {
                        "location": "啟德區",
                        "latitude": 839132.0,
                        "longitude": 820945.0
                    },
                    {
                        "location": "新界北",
                        "latitude": 832604.99916811,
                        "longitude": 839495.33319367
                    },
                    {
                        "location": "流浮山",
                        "latitude": 816400.0,
                        "longitude": 836400.0
                    }
                ],
                "keywords_trending": [
                    {
                        "topic": "General",
                        "event": "Land Parcel",
                        "keyword_chinese": [
                            "土地"
                        ],
                        "keyword_english": [
                            "land"
                        ]
                    },
                    {
                        "topic": "General",
                        "event": "Land Parcel",
                        "keyword_chinese": [
                            "地段",
                            "地皮"
                        ],
                        "keyword_english": [
                            "lot"
                        ]
                    },
                    {
                        "topic": "General",
                        "event": "Types of Land Use and Land Ownership",
                        "keyword_chinese": [
                            "住宅地",
                            "住宅用地"
                        ],
                        "keyword_english": [
                            "residential land",
                            "residential use"
                        ]
                    },
                    {
                        "topic": "General",
                        "event": "Types of Land Use and Land Ownership",
                        "keyword_chinese": [
                            "用地"
                        ],
                        "keyword_english": [
                            "land"
                        ]
                    },
                    {
                        "topic": "Land Disposal and Transaction",
                        "event": "Land Disposal and Transaction related",
                        "keyword_chinese": [
                            "賣地",
                            "售地"
                        ],
                        "keyword_english": [
                            "land sale"
                        ]
                    },
                    {
                        "topic": "Northern Metropolis",
                        "event": "Committee / Office",
                        "keyword_chinese": [
                            "北部都會區",
                            "北都"
                        ],
                        "keyword_english": [
                            "Northern Metropolis"
                        ]
                    },
                    {
                        "topic": "Northern Metropolis",
                        "event": "Tech zone",
                        "keyword_chinese": [
                            "新田科技城"
                        ],
                        "keyword_english": [
                            "San Tin Technopole"
                        ]
                    }
                ],
                "summary_extractive": [
                    "發展局長甯漢豪接受《經濟日報》專訪時透露，政府構思借鑑內地新發展區經驗，考慮採用「片區開發模式」發展北部都會區等大型項目，將包含私人住宅、商業發展、道路等設施的數十公頃地皮，透過招標交予開發商平整及發展，由對方承擔工程開支。 對於政府今季停賣住宅用地，她說，連續流標影響市場信心，但相信當順利批出一幅用地，可扭轉市場看法，當局亦不排除拆細啟德區地皮出售。"
                ],
                "sources": {
                    "79f6a54bcc7b4870a9fe6bf6727fc5d9": {
                        "id": "79f6a54bcc7b4870a9fe6bf6727fc5d9",
                        "title": "甯漢豪：研「片區模式」開發北都　發展商一併負責基建發展　將續推交椅洲填海",
                        "content": "發展局長甯漢豪接受《經濟日報》專訪時透露，政府構思借鑑內地新發展區經驗，考慮採用「片區開發模式」發展北部都會區等大型項目，將包含私人住宅、商業發展、道路等設施的數十公頃地皮，透過招標交予開發商平整及發展，由對方承擔工程開支。她期望可在北都選用合適地皮試行「片區開發模式」，例如新界北新市鎮、流浮山等，亦不排除於新田科技城試行，不過要考慮時機，稱若整體息口並不吸引，發展商難以融資，就未必屬好時機。\n對於有意見認為政府應暫緩交椅洲人工島填海，甯漢豪稱「唔好行舊路」，認為不應在經濟不佳時輕易叫停及擱置項目，否則當經濟好轉、社會有需求時，就會缺乏土地。她重申政府有決心推展人工島計劃，爭取最快明年底開始填海，並可由政府調節填海及鋪設基建的速度。\n甯漢豪又承認，本年度地價收入與預測有差異，但對長遠賣地收入並不悲觀，認為當經濟好，土地收入就會好。對於政府今季停賣住宅用地，她說，連續流標影響市場信心，但相信當順利批出一幅用地，可扭轉市場看法，當局亦不排除拆細啟德區地皮出售。\n相關字詞﹕編輯推介 甯漢豪 北部都會區 交椅洲人工島",
                        "geo_tags": {
                            "6bfd000d44de43b58feefb03e0054d24": {
                                "id": "6bfd000d44de43b58feefb03e0054d24",
                                "location": "新田科技城",
                                "latitude": 825439.0,
                                "longitude": 840126.0
                            },
                            "83526448b36d413ca77be74d3c21f218": {
                                "id": "83526448b36d413ca77be74d3c21f218",
                                "location": "新界北",
                                "latitude": 832604.99916811,
                                "longitude": 839495.33319367
                            },
                            "f4f21f897b90486b9205c59cc1d395ed": {
                                "id": "f4f21f897b90486b9205c59cc1d395ed",
                                "location": "流浮山",
                                "latitude": 816400.0,
                                "longitude": 836400.0
                            },
                            "c60c7847813049daa0527e1432716ece": {
                                "id": "c60c7847813049daa0527e1432716ece",
                                "location": "啟德區",
                                "latitude": 839132.0,
                                "longitude": 820945.0
                            },
                            "cf116645f6f74f7faf184cb16d29e83b": {
                                "id": "cf116645f6f74f7faf184cb16d29e83b",
                                "location": "交椅洲",
                                "latitude": 825950.0,
                                "longitude": 816130.0
                            }
                        }
                    }
                }
            },
            "1154ad92ee2b444daf7cfc4abd7ddfc1": {
                "id": "1154ad92ee2b444daf7cfc4abd7ddfc1",
                "year": 2024,
                "week": 14,
                "topic": "General",
                "event": "Land Parcel",
                "title": "粉嶺高球舊場暫訂未決定用途　城規會11.30前草圖交行會",
                "geo_tag": [
                    {
                        "location": "粉嶺高球場",
                        "latitude": 832729.0,
                        "longitude": 839704.0
                    }
                ],
                "keywords_trending": [
                    {
                        "topic": "General",
                        "event": "Land Parcel",
                        "keyword_chinese": [
                            "土地"
                        ],
                        "keyword_english": [
                            "land"
                        ]
                    },
                    {
                        "topic": "General",
                        "event": "Types of Land Use and Land Ownership",
                        "keyword_chinese": [
                            "用地"
                        ],
                        "keyword_english": [
                            "land"
                        ]
                    }
                ],
                "summary_extractive": [
                    "爭議不斷的粉嶺高爾夫球場用地，今日(20日)完成審議，城市規劃委員會宣布將維持原有決定，將粉嶺高球場舊場北端約9.5公頃用地，從「住宅(甲類)」地帶，暫時改劃為「未決定用途」地帶，並會在今年11月30日法定限期前，將草圖呈交行政長官會同行政會議考慮。 城規會指，相關決定是經審慎考慮了1903份進一步申述、3日聆聽會約60名出席人士的口頭陳述，以及規劃署和相關部門的意見和回應後作出。"
                ],
                "sources": {
                    "786eafd9aa9744019cf55f72b2a95d5b": {
                        "id": "786eafd9aa9744019cf55f72b2a95d5b",
                        "title": "粉嶺高球舊場暫訂未決定用途　城規會11.30前草圖交行會",
                        "content": "粉嶺高球舊場已暫訂未決定用途地帶。\n\n爭議不斷的粉嶺高爾夫球場用地，今日(20日)完成審議，城市規劃委員會宣布將維持原有決定，將粉嶺高球場舊場北端約9###DOT###5公頃用地，從「住宅(甲類)」地帶，暫時改劃為「未決定用途」地帶，並會在今年11月30日法定限期前，將草圖呈交行政長官會同行政會議考慮。\n\n城規會指，相關決定是經審慎考慮了1903份進一步申述、3日聆聽會約60名出席人士的口頭陳述，以及規劃署和相關部門的意見和回應後作出。\n\n該會續稱，理解該用地的長遠用途仍須待土拓署的檢視及司法覆核程序完成後才可確定。\n\n日後該用地的任何土地用途改劃會繼續按照《城市規劃條例》推展，公眾亦有機會提出申述。",
                        "geo_tags": {
                            "758c9ad39a9449af882ddcae4a768fe6": {
                                "id": "758c9ad39a9449af882ddcae4a768fe6",
                                "location": "粉嶺高球場",
                                "latitude": 832729.0,
                                "longitude": 839704.0
                            }
                        }
                    }
                }
            },
            "1f14f65eaa1341cfb017bd8da846bce7": {
                "id": "1f14f65eaa1341cfb017bd8da846bce7",
                "year": 2024,
                "week": 14,
                "topic": "Land Acquisition and Clearance",
                "event": "Land Resumption and Clearance",
                "title": "政府將收回7幅私人土地 推上水清曉路公屋發展計劃",
                "geo_tag": [
                    {
                        "location": "上水清曉路",
                        "latitude": 831101.54417976,
                        "longitude": 839393.44422979
                    }
                ],
                "keywords_trending": [
                    {
                        "topic": "General",
                        "event": "Department / Offices",
                        "keyword_chinese": [
                            "地政總署"
                        ],
                        "keyword_english": [
                            "Lands Department",
                            "LandsD"
                        ]
                    },
                    {
                        "topic": "General",
                        "event": "Land Administration",
                        "keyword_chinese": [
                            "業權",
                            "土地業權"
                        ],
                        "keyword_english": [
                            "land title"
                        ]
                    },
                    {
                        "topic": "General",
                        "event": "Land Parcel",
                        "keyword_chinese": [
                            "土地"
                        ],
                        "keyword_english": [
                            "land"
                        ]
                    },
                    {
                        "topic": "General",
                        "event": "Types of Land Use and Land Ownership",
                        "keyword_chinese": [
                            "私人土地"
                        ],
                        "keyword_english": [
                            "private land"
                        ]
                    },
                    {
                        "topic": "Land Acquisition and Clearance",
                        "event": "Land Resumption and Clearance",
                        "keyword_chinese": [
                            "收地",
                            "收回土地"
                        ],
                        "keyword_english": [
                            "land resumption"
                        ]
                    }
                ],
                "summary_extractive": [
                    "地政總署今日(28日)根據《收回土地條例》(第124章)第4條張貼收回土地公告，以推行上水清曉路公營房屋發展計劃。 上水清曉路公營房屋發展計劃可提供約620個住宅單位，預計最快可於2028/29年度入伙。"
                ],
                "sources": {
                    "e318170dc6e249baa746bd8901f6b415": {
                        "id": "e318170dc6e249baa746bd8901f6b415",
                        "title": "政府將收回7幅私人土地 推上水清曉路公屋發展計劃",
                        "content": "地政總署將收回7幅私人土地，以推上水清曉路公營房屋發展計劃。\n\n地政總署今日(28日)根據《收回土地條例》(第124章)第4條張貼收回土地公告，以推行上水清曉路公營房屋發展計劃。\n\n政府將收回7幅私人土地，總面積約0###DOT###34公頃。\n\n土地將於公告張貼滿3個月後，即2024年3月29日，歸還政府所有。\n\n政府會與相關土地業權人和受影響人士緊密溝通，妥善處理他們的補償及安置事宜。\n\n上水清曉路公營房屋發展計劃可提供約620個住宅單位，預計最快可於2028/29年度入伙。",
                        "geo_tags": {
                            "8f786341f66d43d697928af83e463621": {
                                "id": "8f786341f66d43d697928af83e463621",
                                "location": "上水清曉路",
                                "latitude": 831101.54417976,
                                "longitude": 839393.44422979
                            }
                        }
                    }
                }
            }
        }
    }
}