/**
 * Numbers in prose that are not claims: version numbers and model names (Kling 2.5 Turbo, 2.5.1, v2),
 * standard numbers (GB/T 29490-2023, H.266), phone numbers, page references, times of day, the release's
 * own dateline, shopping festivals (双 11) and anything inside a title or quotation (《厦门 48 小时》).
 * Returns spans to leave silent.
 */

import { NAME_ALTERNATION } from './names';
import { NOT_AN_AMOUNT, VERSION_MARK_AFTER } from './versions';

export interface Span {
  start: number;
  end: number;
}

const DATE_EN = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}';
const DATE_ZH = '\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日';

const PATTERNS: RegExp[] = [
  // Versions: three-part numbers, v2 / V5.6, and numbers glued to a model or product name.
  /\b\d+(?:\.\d+){2,}\b/g,
  /(?<![A-Za-z])[vV]\d+(?:\.\d+)*\b/g,
  /(?:Agent|Turbo|Omni|Veo|Gen-|Vidu\s*Q|GPT-?|Llama\s*|Qwen\s*|版本|version|Version|release)\s*\d+(?:\.\d+)?/g,
  // … and a version after one of the source's own names (Kling 2.1, 可灵 2.5; its names data), not a share or a count.
  new RegExp(`(?:${NAME_ALTERNATION})\\s*\\d+\\.\\d+${NOT_AN_AMOUNT}`, 'g'),
  new RegExp(`(?<![\\d.])\\d+\\.\\d+(?=${VERSION_MARK_AFTER})`, 'g'),
  // A decimal written with a bare .0 and no unit, scale or share after it (要看 3.0 之后的迭代速度, "since 2.0"): a
  // version; a measured value would say what it measures (14.0%, 2.0 倍).
  /(?=\d)(?<![\d.,])\d{1,2}\.0(?![\d.,%％])(?!\s*(?:[%％万萬亿億千百倍个個次分元秒天年月日周小]|[A-Za-z]))/g,
  // The name of a metric measured over a span: 7-day retention, 30-day actives, 7 日留存率, 30 天留存, 30 日活跃.
  /\b\d+-(?:day|week|month)\s+(?:retention|retained|active|actives|return|churn)\b/gi,
  /(?<![\d.])\d+\s*[日天](?=\s*(?:留存|活跃|活躍|回访|回訪))/g,
  // Standards and codes: GB/T 29490-2023, ISO 9001, H.266, AVS3 (digits glued to letters are skipped anyway).
  /\b(?:GB\/T|GB|ISO|IEC|IEEE|RFC)\s*\d+(?:[-.:]\d+)*/g,
  /\b[A-Z]\.\d+\b/g,
  // Phone numbers and times of day.
  // (Markup inside a number is blanked to spaces in the prose: +**86** 10 reads "+  86   10".)
  /\+ *\d{1,3}[ \t-]+\d{1,4}(?:[ \t-]+\d{2,4}){2,3}/g,
  /\(\d{2,4}\)\s*\d{3,4}[\s-]\d{4}/g,
  /(?<!\d)1[3-9]\d{9}(?!\d)/g,
  // Three or more digit groups joined by hyphens (400-800-1234, 010-8888-6666): a number to dial, not a range
  // (an ISO date, 2024-06-06, is read as a date).
  /(?=\d)(?<![\d.,])(?!(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?![\d-]))\d{2,4}(?:-\d{2,4}){2,}(?![\d.,]*\d)/g,
  /(?<![\d.])\d{1,2}:\d{2}(?::\d{2})?(?!\d)/g,
  // An ordinal point in time (上线第 10 个月, 第 3 周): when something held, not how long; a run (连续第 3 个月)
  // is a claim all the same.
  /(?<!连续\s*)第\s*\d+\s*个?\s*(?:月|周|星期|天)/g,
  // … and so is a span after an event that names the moment it ends (上线 3 个月时): when the figures after it
  // held. (How soon something followed, 发布 10 天后登顶, is a claim.) (The event is read, not looked behind for,
  // and only the span after it silenced: a look-behind at every digit made the pattern 6.7× slower over the bench
  // drafts, and a look-behind at every character twice as slow again.)
  /(?:上线|上線|发布|發布|推出|开播|開播|成立)\s*(?:仅|僅|才|不到)?\s*(?<span>\d+\s*个?個?\s*(?:月|周|週|星期|天|日|年|小时|小時))(?=\s*(?:时|時|之际|之際))/g,
  // A video resolution (4K 视频, native 8K, 1080p): a format, not a count of thousands.
  /(?<![\w.])[248]K(?=\s*(?:视频|影片|画质|畫質|分辨率|解析度|超清|特效|镜头|鏡頭|HDR|UHD|video|videos|footage|clips?|shots?|resolution|mode|output)\b|\s*(?:视频|影片|画质|畫質|分辨率|解析度|超清|特效|镜头|鏡頭))/g,
  // (The leading (?=[248]K) lets the engine skip to the resolution rather than try the look-behind at every
  // character: the pattern was 1.0% of a check, CPU profile of the bench drafts; 3.5× faster over them alone.)
  /(?=[248]K)(?<=\b(?:native|in|at|up to|原生|支持|输出|輸出|最高)\s*)[248]K\b/g,
  // A piece's reading time: "12-minute read", 阅读本文约需 6 分钟.
  /\b\d+[- ]?min(?:ute)?s?\s+read\b/gi,
  /(?:阅读|读完)[^，。；\n]{0,6}?\d+\s*分钟|\d+\s*分钟(?:读完|阅读)/g,
  // Page references.
  /\bp{1,2}\.\s*\d+(?:\s*[-–]\s*\d+)?/g,
  /\bpages?\s+\d+/gi,
  /第\s*\d+\s*页/g,
  // A thread's post numbers at a line's start ("2/ Profit: …", "3/10 …"): which post, not a figure.
  /(?<![^\n\u0000])[ \t]*\d{1,2}\/(?:\d{1,2})?(?=[ \t])/g,
  // Numbering of issues, sessions, sections and articles (第 9 期, 总第 121 期, 第 28 场, 第 3 章, 第二条): which one,
  // not how many. (Not an edition, 第九届, which the ranks read, nor a time, 第 3 次登顶.)
  /第\s*\d+\s*(?:期|场|場|章|节|節|条|條|款|卷|集|号|號)/g,
  // Shopping festivals and similar names made of numbers.
  /双\s*1[12]/g,
  /\b(?:6|11)\.(?:11|18)\b/g,
  // Titles and quotations: numbers inside them are part of a name.
  /《[^》\n]{0,80}》/g,
  /“[^”\n]{0,80}”/g,
  /"[^"\n]{0,80}"/g,
  // Footnote calls and reference labels ([^2], [report][3]) left as text when their definition is elsewhere
  // (in another chunk of the document): Markdown drops them from the prose when it sees the definition.
  /\[\^[^\]\s]{1,40}\]/g,
  // (The bracket before the look-behind lets the engine skip to brackets: 0.013 → 0.003 ms per bench draft.)
  /\[(?<=\]\[)[^\]\n]{1,40}\]/g,
  // A threshold that picks out what is then counted: 播放量超过 3500 万的 AI 漫剧有 22 部 counts 22 shows; it
  // states no show's views. (量 and the like are read and the rest silenced, not looked behind for at every
  // character: 4.4× faster over the bench drafts, where the pattern was 0.3–0.5% of a check.)
  /[量数额率](?<span>\s*(?:超过|超|逾|高于|不低于|达到|突破|破)\s*\d[\d,.]*\s*[万萬亿億千百]?\s*(?:次|人次|元|人|个)?\s*(?:以上)?\s*的)(?=[^，。；！？,;\n]{1,20}?(?:有|达|共|超过?)?\s*\d+\s*[部个家款位条支篇项名])/g,
  // An amount converted into another currency (2.4 亿美元（约合 17 亿元人民币）, "about HK$1.9 billion at today's
  // rate"): the writer's arithmetic on the figure before it, not a figure of its own.
  /(?:约合|約合|折合|合人民币|合港币|合港幣)\s*(?:人民币|人民幣|港币|港幣|港元|美元|RMB|HK\$|US\$)?\s*\d[\d,.]*\s*[万亿億萬千百]*\s*(?:元|美元|港元|港币|港幣)?(?:\s*(?:人民币|人民幣))?/g,
  // An earnings threshold that picks out who is counted ("creators making more than RMB1,000 a month rose by
  // 12%"): it states nobody's income. (Who is read and the amount silenced, rather than looked behind for at every
  // amount's first character: 2.6× faster over the bench drafts.)
  /\b[a-z]+s\s+(?:making|earning|who\s+(?:make|earn))\s+(?:more than|over|at least|above)\s+(?<span>(?:US\$|HK\$|RMB\s?|\$|¥)?\d[\d,.]*\s*(?:k|K|million)?)(?=\s+(?:a|per|each)\s+(?:month|year|week|day)\b)/g,
  // A year range (2024-2025) is a period, not a figure to check.
  /(?<!\d)(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}(?!\d)/g,
];

// The release's own dateline: "BEIJING, Dec. 1, 2026 —" or "（北京，2026 年 12 月 1 日）" at a paragraph's start.
const DATELINES: RegExp[] = [
  new RegExp(`^\\s*[A-Z][A-Za-z .]{1,30},\\s*(?:[A-Z][a-z]+,\\s*)?${DATE_EN}\\s*(?:[—–-]|/)`, 'g'),
  new RegExp(`^\\s*[（(]?[\\u4e00-\\u9fa5]{2,6}[，,\\s]*${DATE_ZH}\\s*(?:电|讯|[）)])`, 'g'),
];

/**
 * Where the release's own dateline at the start of `text` ends ("BEIJING, April 22, 2026 —"), or 0: the day a
 * piece was filed says nothing of when its figures hold.
 */
export function datelineEnd(text: string): number {
  const head = text.slice(0, 120);
  for (const re of DATELINES) {
    re.lastIndex = 0;
    const m = re.exec(head);
    if (m) return m.index + m[0].length;
  }
  return 0;
}

/**
 * A heading's section number ("## 4.3 Generative video", "## 2. Results", "### 3、市场表现"): a dotted number, or
 * a number closed by a dot, 、 or a parenthesis, before a word that is no scale or unit of it.
 */
const SECTION_NUMBER = /^\s*(?:\d+(?:\.\d+)+\.?|\d+[.、)）])(?=\s*[A-Za-z\u4e00-\u9fff])(?!\s*(?:[kKMBT]\b|thousand|million|billion|trillion|bn\b|mn\b|[万萬亿億千百十倍个個件名人家年月日天条條次]))/;

/** Spans of `text` (width-folded prose) that hold numbers which are not claims. */
export function findNonClaims(text: string, blockStarts: number[], headingStarts: readonly number[] = []): Span[] {
  const spans: Span[] = [];
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // A pattern that reads words before what it silences (播放量 before 超过 3500 万的) names the rest `span`.
      const silenced = m.groups?.span ?? m[0];
      const end = m.index + m[0].length;
      if (/\d|[一二三四五六七八九十]/.test(silenced)) spans.push({ start: end - silenced.length, end });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  for (const blockStart of blockStarts) {
    const end = datelineEnd(text.slice(blockStart, blockStart + 120));
    if (end) spans.push({ start: blockStart, end: blockStart + end });
  }
  for (const headingStart of headingStarts) {
    const m = SECTION_NUMBER.exec(text.slice(headingStart, headingStart + 24));
    if (m) spans.push({ start: headingStart, end: headingStart + m[0].length });
  }
  return spans;
}
