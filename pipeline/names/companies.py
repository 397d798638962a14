"""China's best-known companies as the Vietnamese press names them: China's cues, like its bodies (cues.CHINESE),
except a company's Vietnamese arm (Huawei Việt Nam; đại diện Oppo tại Việt Nam: cues._arm). Those the press names by
their Sino-Vietnamese reading are listed bare too: alone at a sentence's opening (Vạn Đạt của Trung Quốc rút khỏi ...)
two readings read as a person's name said to be China's (introduced.full_name_subject), and a cue is no person."""

COMPANIES = """Tập đoàn Hoa Vi, Hoa Vi, Vạn Đạt, Bách Độ, Hải Nhĩ, Tiểu Mễ, Đằng Tấn, A Lý Ba Ba, Bích Quế Viên, Vạn Khoa,
Huawei, Alibaba, Tencent, Xiaomi, Lenovo, Baidu, ByteDance, BYD, Haier, Geely, ZTE,
Sinopec, PetroChina, CATL, Meituan, NetEase, Pinduoduo, DeepSeek, Weibo, Didi, Midea, Hisense, Oppo, Shein, Temu,
Cosco, Hằng Đại, JD.com, Gree, DJI, Ant Group, Wahaha, China Merchants Bank, ICBC, Sinochem, State Grid, SAIC, Anta,
Li-Ning, Mixue, Nongfu, Moutai, Vanke, Fosun, Xpeng, Chery, Ctrip, Kuaishou, Douyin, iQiyi, Bilibili, SMIC,
Hikvision, Zhipu, Sany, Luckin, Vivo, AVIC, COMAC, CNPC, CNOOC, CRRC, Norinco, CASC, CASIC, CSSC, Sinopharm,
China Mobile, China Telecom, China Unicom, PowerChina, CSCEC, Chinalco, Sinosteel, Dongfeng, FAW"""

# ... and Vietnam's, by the names that are no Vietnamese syllables (so never part of a person's name): Vietnam's cues
# as its places are (Kỹ sư X của Viettel), not bodies every country has.
VIETNAMESE_COMPANIES = """Viettel, VNPT, MobiFone, Vinaphone, Vingroup, VinFast, Vinhomes, Vinmec, Vinamilk, Vietjet,
Vietnam Airlines, Vietcombank, VietinBank, BIDV, Agribank, Techcombank, Petrolimex, PetroVietnam, Petrovietnam,
Vinacomin, Vinatex, Sabeco, Habeco, Masan, Thaco, Novaland, Vietravel, Bkav, VNG, Tiki, Ahamove, Momo, MoMo"""

# China's bodies and companies by an English name with the word China in it (Air China, Bank of China, China Southern
# Airlines, China Resources, China Daily): the mainland's, where the list above lacks them. Not the South China Sea or
# its Morning Post (the sea both countries border, a Hong Kong paper), nor China Beach (Đà Nẵng's, in the war's English).
CHINA_NAMED = (r"(?<![^\W\d_])(?:(?:Air|Bank\s+of)\s+China|(?<!South )China(?!\s+Beach)(?:\s+[A-Z][a-z]+)+)"
               r"(?![^\W\d_])")
