"""Names for demo employees: pinyin, or an English first name with a pinyin surname."""

from __future__ import annotations

import random


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


SURNAMES = _words(
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng"
    " Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du"
    " Ye Cheng Wei Su Lu Ding Ren Shen Yao Fan Fang Jin Qian Dai Xia Zou Shi Mo Kong Bai"
)
GIVEN = _words(
    "Wei Fang Na Min Jing Li Qiang Lei Jun Yang Yong Yan Jie Tao Ming Chao Hui Ping Gang Hua"
    " Lan Yun Hao Yu Xin Jian Bo Ting Lin Dan Mei Ying Qing Rui Kai Xue Peng Fei Long Juan"
)
GIVEN_FIRST = _words(
    "Zi Yu Hao Xin Jia Yi Si Xiao Meng Wen Jun Tian Ruo Shu Yue Zhi Ke Chen Ming Le Jing Xue Yun"
    " Qi Shi Ya Hui Rui Bo Kai"
)
GIVEN_SECOND = _words(
    "han xuan ran yi hao ting yu qi chen xin jie ming lin yue tong ning rui wen bo hang yang tian"
    " xi kai jun fei hua lan qing peng"
)
ENGLISH_GIVEN = _words(
    "Kevin Amy Jack Lily Coco Vivian Cherry Tony Eric Grace Jason Sunny Candy Leo Ivy Peter"
    " Wendy Alice David Helen Jenny Daisy Sophia Michael Emma Ryan Cindy Angela Frank Bella"
    " Nancy Steven Linda Andy Fiona Jessica Kelly Oscar Shirley Vincent Yvonne Zoe Echo Summer"
    " Allen Ben Iris Judy Mandy Sam Chris Crystal Derek Elaine Felix Gary Hannah Henry Irene Jacky"
    " Joyce Karen Lucas Maggie Nina Olivia Queenie Rachel Ricky Rita Sandy Simon Tina Tracy Victor"
    " Wayne Winnie Yoyo Alan Bruce"
)


class UniqueNames:
    """Draws names from one random stream, never one already taken (case-insensitively)."""

    def __init__(self, rng: random.Random, taken: set[str]) -> None:
        self.rng = rng
        self.taken = taken
        self.suffix: dict[str, int] = {}

    def next(self) -> str:
        """A unique name: pinyin, or an English first name with a pinyin surname.

        A taken name is drawn again a few times, as a real team rarely has two of one name;
        a number is added only when that fails.
        """
        for _ in range(8):
            name = self.draw_name()
            if name.casefold() not in self.taken:
                break
        key = name.casefold()
        if key in self.taken:
            number = self.suffix.get(key, 1)
            while f"{key} {number + 1}" in self.taken:
                number += 1
            self.suffix[key] = number + 1
            name, key = f"{name} {number + 1}", f"{key} {number + 1}"
        self.taken.add(key)
        return name

    def draw_name(self) -> str:
        rng = self.rng
        surname = SURNAMES[int(rng.expovariate(1 / 20)) % len(SURNAMES)]  # common ones first
        style = rng.random()
        if style < 0.2:
            return f"{surname} {rng.choice(GIVEN)}"
        if style < 0.72:
            return f"{surname} {rng.choice(GIVEN_FIRST)}{rng.choice(GIVEN_SECOND)}"
        return f"{rng.choice(ENGLISH_GIVEN)} {surname}"
