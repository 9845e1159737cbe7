import type { AdviceTopic } from "./advice-topics";
import { AQI_STANDARD, type Edition } from "./aqi-standard";

export { ADVICE_TOPICS, type AdviceTopic } from "./advice-topics";

type Words = { zh: string; en: string };

export interface AirAdvice {
  level: number;
  /** What HJ 633 itself advises at this level, word for word (its edition's text). */
  standard: Words;
  /** One line for a forecast period ("明早：户外体育课照常"). */
  brief: Words;
  topics: Record<AdviceTopic, Words>;
}

// Practical wording for what the standard leaves unsaid (windows, purifiers, masks, school PE). Each level's lines
// follow its advice: who should reduce, avoid or stop outdoor exertion never differs from the standard's own text.
// Pregnant people are not named by HJ 633; they are added to the sensitive groups as a precaution from level 3.
const PRACTICAL: Record<number, Omit<AirAdvice, "level" | "standard">> = {
  1: {
    brief: { zh: "户外体育课和运动都合适", en: "Outdoor PE and exercise are fine" },
    topics: {
      living: {
        zh: "开窗通风，不必开空气净化器。",
        en: "Open the windows and air the rooms; no need for an air purifier.",
      },
      study: {
        zh: "体育课、课间操和户外活动照常进行。",
        en: "Outdoor PE, morning exercises and breaks go ahead as usual.",
      },
      exercise: { zh: "适合各种户外运动。", en: "Good for any outdoor exercise." },
      travel: { zh: "步行、骑行都合适，不必戴口罩。", en: "Walking and cycling are fine; no mask needed." },
      sensitive: {
        zh: "儿童、老人、孕妇和心肺疾病患者都可正常活动。",
        en: "Children, older people, pregnant people and people with heart or lung conditions can all go about as usual.",
      },
    },
  },
  2: {
    brief: {
      zh: "户外体育课和运动照常，极少数异常敏感者减少户外活动",
      en: "Outdoor PE and exercise are fine; the very few unusually sensitive people should reduce outdoor activity",
    },
    topics: {
      living: {
        zh: "可以开窗通风；家里有对空气异常敏感的人，可选空气较好的时段通风。",
        en: "Open the windows to air the rooms; with someone unusually sensitive at home, air them at the cleaner hours.",
      },
      study: {
        zh: "户外体育课和课间活动照常；个别异常敏感的学生减少户外活动。",
        en: "Outdoor PE and breaks go ahead; the few unusually sensitive pupils should do less outdoors.",
      },
      exercise: { zh: "适合户外运动。", en: "Fine for outdoor exercise." },
      travel: { zh: "步行、骑行都合适。", en: "Walking and cycling are fine." },
      sensitive: {
        zh: "大多数儿童、老人、孕妇和心肺疾病患者可正常活动；对空气异常敏感、易出现症状的人减少户外活动。",
        en: "Most children, older people, pregnant people and people with heart or lung conditions can go about as usual; those who are unusually sensitive and get symptoms should spend less time outdoors.",
      },
    },
  },
  3: {
    brief: {
      zh: "户外体育课减少长时间、高强度项目",
      en: "Outdoor PE without prolonged, high-intensity activity",
    },
    topics: {
      living: {
        zh: "少开窗，选空气较好的时段短时通风；有空气净化器可以打开。",
        en: "Keep windows mostly shut and air the rooms briefly at a cleaner hour; run an air purifier if you have one.",
      },
      study: {
        zh: "户外体育课照常上，但减少长跑等长时间、高强度项目；有哮喘等呼吸或心脏疾病的学生宜在室内活动。",
        en: "Outdoor PE can go ahead without distance running or other prolonged, high-intensity activity; pupils with asthma or heart conditions are better indoors.",
      },
      exercise: {
        zh: "健康成人可以户外运动，但可能感到刺激（咳嗽、嗓子不适）；儿童、老人和心肺疾病患者减少长时间、高强度的户外锻炼。",
        en: "Healthy adults can exercise outdoors but may feel irritation (cough, sore throat); children, older people and people with heart or lung conditions should reduce prolonged, high-intensity outdoor exercise.",
      },
      travel: {
        zh: "步行、骑行可以；敏感人群外出可戴防护口罩（如 KN95）；开车时空调用内循环。",
        en: "Walking and cycling are fine; sensitive people can wear a filtering mask (e.g. KN95); in the car, recirculate the air.",
      },
      sensitive: {
        zh: "孕妇也宜减少长时间、高强度的户外活动；出现咳嗽、气短或胸闷时回到室内休息。",
        en: "Pregnant people should also cut prolonged, strenuous outdoor activity; with a cough, shortness of breath or chest tightness, go indoors and rest.",
      },
    },
  },
  4: {
    brief: { zh: "体育课移到室内，外出戴口罩", en: "PE indoors; wear a mask outside" },
    topics: {
      living: {
        zh: "关好门窗，打开空气净化器；空气好转后再通风。",
        en: "Keep windows shut and run the air purifier; air the rooms once the air improves.",
      },
      study: {
        zh: "体育课和课间操改在室内，避免长时间、高强度的户外活动。",
        en: "Move PE and morning exercises indoors; no prolonged, high-intensity activity outside.",
      },
      exercise: {
        zh: "一般人群适量减少户外运动，可改在室内锻炼；儿童、老人和心肺疾病患者避免长时间、高强度的户外锻炼。",
        en: "Everyone should moderately reduce outdoor exercise and can train indoors instead; children, older people and people with heart or lung conditions should avoid prolonged, high-intensity outdoor exercise.",
      },
      travel: {
        zh: "缩短步行、骑行时间，外出戴防护口罩（KN95/N95）；开车关窗，空调用内循环。",
        en: "Keep walking and cycling short and wear a filtering mask (KN95/N95); in the car, keep windows shut and recirculate the air.",
      },
      sensitive: {
        zh: "孕妇同样避免户外剧烈活动；外出戴防护口罩，随身带好常用药。",
        en: "Pregnant people should likewise avoid strenuous outdoor activity; wear a filtering mask outside and keep usual medicines at hand.",
      },
    },
  },
  5: {
    brief: {
      zh: "停止户外运动，儿童、老人留在室内",
      en: "No outdoor exercise; children and older people stay indoors",
    },
    topics: {
      living: {
        zh: "关闭门窗，空气净化器持续开着；不在室内吸烟、烧香。",
        en: "Keep doors and windows shut and the air purifier running; no smoking or incense indoors.",
      },
      study: {
        zh: "停止户外体育课和户外活动，学生留在室内；留意学校的重污染天气安排。",
        en: "No outdoor PE or outdoor activities; pupils stay indoors. Watch for the school's heavy-pollution arrangements.",
      },
      exercise: {
        zh: "一般人群减少户外运动，改在室内；儿童、老人和心肺疾病患者停止户外运动。",
        en: "Everyone should reduce outdoor exercise and move it indoors; children, older people and people with heart or lung conditions should stop outdoor exercise.",
      },
      travel: {
        zh: "减少外出；必须外出时戴防护口罩（KN95/N95），少步行、骑行，乘公共交通或开车（关窗、内循环）。",
        en: "Go out less; when you must, wear a filtering mask (KN95/N95), walk and cycle little, and take public transport or drive (windows shut, recirculating).",
      },
      sensitive: {
        zh: "孕妇同样留在室内；心肺疾病患者按医嘱用药，症状加重及时就医。",
        en: "Pregnant people should stay indoors too; people with heart or lung conditions should take their medicines as prescribed and see a doctor if symptoms worsen.",
      },
    },
  },
  6: {
    brief: {
      zh: "避免户外活动，儿童、老人和病人留在室内",
      en: "Avoid outdoor activity; children, older people and the sick stay indoors",
    },
    topics: {
      living: {
        zh: "关闭门窗，空气净化器持续开着，尽量待在室内。",
        en: "Keep doors and windows shut, the air purifier running, and stay indoors as much as you can.",
      },
      study: {
        zh: "学生留在室内，避免体力消耗；留意停课或弹性上学的通知。",
        en: "Pupils stay indoors and avoid physical exertion; watch for school closure or flexible attendance notices.",
      },
      exercise: {
        zh: "所有人避免户外活动；室内也以轻度活动为主。",
        en: "Everyone should avoid outdoor activity; keep to light activity indoors too.",
      },
      travel: {
        zh: "避免外出；必须外出时戴防护口罩（KN95/N95），缩短户外时间，乘车时关窗、内循环。",
        en: "Avoid going out; when you must, wear a filtering mask (KN95/N95), keep it short, and ride with windows shut and the air recirculating.",
      },
      sensitive: {
        zh: "孕妇同样留在室内，避免体力消耗；有不适及时就医。",
        en: "Pregnant people should stay indoors too and avoid exertion; see a doctor if unwell.",
      },
    },
  },
};

/** Advice for an HJ 633 level (1–6): the standard's own words, and what they mean for home, school, sport and travel. */
export function airAdvice(level: number, edition: Edition = "HJ633-2026"): AirAdvice {
  const practical = PRACTICAL[level];
  const category = AQI_STANDARD.editions[edition].categories.find((c) => c.level === level);
  if (!practical || !category) throw new RangeError(`HJ 633 has no level ${level}.`);
  const standard = { zh: category.advice_zh, en: category.advice_en };
  // The sensitive groups' line starts with the standard's own sentence.
  const sensitive = {
    zh: `${standard.zh}。${practical.topics.sensitive.zh}`,
    en: `${standard.en} ${practical.topics.sensitive.en}`,
  };
  return { level, standard, brief: practical.brief, topics: { ...practical.topics, sensitive } };
}
