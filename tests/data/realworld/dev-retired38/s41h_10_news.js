// /js/news.js - HK01 News Data
// This file is auto-updated by scrape-hk01.js script
// Last updated: 2026-02-08T16:52:38.599Z
// Total items: 5

const hk01News = [
  {
    "headline": "國泰80周年｜推全新社區計劃及合作項目　料惠及8萬人",
    "summary": "",
    "image": "https://cdn.hk01.com/di/media/images/dw/20260208/1097317745952821248129348.jpeg/-W3gyEEFWrGl-71syQFOrAJaHNSQu0VzA0r4cQNK-HE?v=w1920r16_9",
    "url": "https://www.hk01.com/%E7%A4%BE%E6%9C%83%E6%96%B0%E8%81%9E/60320451/%E5%9C%8B%E6%B3%B080%E5%91%A8%E5%B9%B4-%E6%8E%A8%E5%85%A8%E6%96%B0%E7%A4%BE%E5%8D%80%E8%A8%88%E5%8A%83%E5%8F%8A%E5%90%88%E4%BD%9C%E9%A0%85%E7%9B%AE-%E6%96%99%E6%83%A0%E5%8F%8A8%E8%90%AC%E4%BA%BA",
    "timestamp": "2026-02-08T16:52:38.599Z",
    "strategy": ".content-card__main"
  },
  {
    "headline": "黃澤鋒6歲女兒自爆公園被人摸？　恨做小演員目標全班考第一",
    "summary": "",
    "image": "https://cdn.hk01.com/di/media/images/dw/20260208/1097278313874853888493028.png/mw4gPIDfrg-Y2Dp2cINjeEzm3vFcZmLYjRR1gY0UdYE?v=w1920r16_9",
    "url": "https://www.hk01.com/%E5%8D%B3%E6%99%82%E5%A8%9B%E6%A8%82/60320438/%E9%BB%83%E6%BE%A4%E9%8B%926%E6%AD%B2%E5%A5%B3%E5%85%92%E8%87%AA%E7%88%86%E5%85%AC%E5%9C%92%E8%A2%AB%E4%BA%BA%E6%91%B8-%E6%81%A8%E5%81%9A%E5%B0%8F%E6%BC%94%E5%93%A1%E7%9B%AE%E6%A8%99%E5%85%A8%E7%8F%AD%E8%80%83%E7%AC%AC%E4%B8%80",
    "timestamp": "2026-02-08T16:33:18.308Z",
    "strategy": ".content-card__main"
  },
  {
    "headline": "十大屋苑本周末8宗成交　按周急跌57.9%　屬5個周末新低",
    "summary": "",
    "image": "https://cdn.hk01.com/di/media/images/dw/20250217/968225726950019072340968.jpeg/56vWwe7I1md5_U0GGUspuH7Iy7N54roBjPy1oLr8taA?v=w1920r16_9",
    "url": "https://www.hk01.com/%E5%9C%B0%E7%94%A2%E6%A8%93%E5%B8%82/60320450/%E5%8D%81%E5%A4%A7%E5%B1%8B%E8%8B%91%E6%9C%AC%E5%91%A8%E6%9C%AB8%E5%AE%97%E6%88%90%E4%BA%A4-%E6%8C%89%E5%91%A8%E6%80%A5%E8%B7%8C57-9-%E5%B1%AC5%E5%80%8B%E5%91%A8%E6%9C%AB%E6%96%B0%E4%BD%8E",
    "timestamp": "2026-02-08T15:47:43.428Z",
    "strategy": ".content-card__main"
  },
  {
    "headline": "錦綉花園5億維修｜水務署：水管位於私人土地　業主錯誤詮釋地契",
    "summary": "",
    "image": "https://cdn.hk01.com/di/media/images/dw/20260126/1092502584335273984943105.jpeg/LRnQ3fha2udg7P6VW6fxBngUFhWEwfFOkjdLPpI3Sz4?v=w1920r16_9",
    "url": "https://www.hk01.com/18%E5%8D%80%E6%96%B0%E8%81%9E/60320445/%E9%8C%A6%E7%B6%89%E8%8A%B1%E5%9C%925%E5%84%84%E7%B6%AD%E4%BF%AE-%E6%B0%B4%E5%8B%99%E7%BD%B2-%E6%B0%B4%E7%AE%A1%E4%BD%8D%E6%96%BC%E7%A7%81%E4%BA%BA%E5%9C%9F%E5%9C%B0-%E6%A5%AD%E4%B8%BB%E9%8C%AF%E8%AA%A4%E8%A9%AE%E9%87%8B%E5%9C%B0%E5%A5%91",
    "timestamp": "2026-02-08T15:31:13.611Z",
    "strategy": ".content-card__main"
  },
  {
    "headline": "香港仔搶AirPods｜3疑犯全落網　事主認識1人　眼神問題捱打掠財",
    "summary": "",
    "image": "https://cdn.hk01.com/di/media/images/dw/20260208/1097302814956195840032781.jpeg/vbw8KFzZvCCEoV46dvG3D61VWDtpTCogppZO-6aWTvs?v=w1920r16_9",
    "url": "https://www.hk01.com/%E7%AA%81%E7%99%BC/60320444/%E9%A6%99%E6%B8%AF%E4%BB%94%E6%90%B6airpods-3%E7%96%91%E7%8A%AF%E5%85%A8%E8%90%BD%E7%B6%B2-%E4%BA%8B%E4%B8%BB%E8%AA%8D%E8%AD%981%E4%BA%BA-%E7%9C%BC%E7%A5%9E%E5%95%8F%E9%A1%8C%E6%8D%B1%E6%89%93%E6%8E%A0%E8%B2%A1",
    "timestamp": "2026-02-08T15:14:54.147Z",
    "strategy": ".content-card__main"
  }
];

// Function to render latest news into the page
function renderNews() {
    // Get the latest (first) article
    const latest = hk01News[0];
    if (!latest) return;
    
    const newsTitle = document.getElementById('hk01-headline');
    const newsSummary = document.getElementById('hk01-summary');
    const newsImage = document.getElementById('hk01-image');
    const newsLink = document.getElementById('hk01-link');
    const newsTimestamp = document.getElementById('hk01-timestamp');
    
    if (newsTitle) newsTitle.textContent = latest.headline;
    if (newsSummary) newsSummary.textContent = latest.summary;
    if (newsImage) newsImage.src = latest.image;
    if (newsLink) newsLink.href = latest.url;
    if (newsTimestamp) {
        const date = new Date(latest.timestamp);
        newsTimestamp.textContent = 'Updated: ' + date.toLocaleString('zh-HK') + ' | ' + hk01News.length + ' articles in history';
    }
}

// Function to render all news as a list (optional)
function renderNewsHistory() {
    const container = document.getElementById('hk01-history');
    if (!container) return;
    
    container.innerHTML = hk01News.map((item, index) => `
        <div class="news-item" style="margin-bottom: 1rem; padding: 1rem; background: var(--card); border-radius: 8px;">
            <h4 style="margin: 0 0 0.5rem 0;"><a href="${item.url}" target="_blank">${item.headline}</a></h4>
            <p style="margin: 0; font-size: 0.9rem; color: var(--muted);">${item.summary}</p>
            <small style="color: var(--muted);">${new Date(item.timestamp).toLocaleString('zh-HK')}</small>
        </div>
    `).join('');
}

// Render when DOM is ready
document.addEventListener('DOMContentLoaded', () => {
    renderNews();
    renderNewsHistory();
});
