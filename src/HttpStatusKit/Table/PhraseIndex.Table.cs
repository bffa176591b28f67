// Generated from StatusTable.yaml in this folder; do not edit by hand. After editing the table, run
//   HTTPSTATUSKIT_UPDATE=1 dotnet test tests/HttpStatusKit.Repository.Tests
// (see ARCHITECTURE.md).
namespace HttpStatusKit;

// The text index of Internal/PhraseIndex.cs: every phrase, name, former phrase, alias and legacy phrase of the status
// table, laid out when this file is generated, so that the first lookup by text builds nothing.
internal static partial class PhraseIndex
{
    // 87 keys in 512 slots.
    private const int SlotBits = 9;
    private const int SlotMask = (1 << SlotBits) - 1;

    // The signature weight of each ASCII character (see the remarks on PhraseIndex).
    private static readonly ulong[] s_weights =
    [
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0xDC8A2D4700000001UL, 0xA991361200000001UL, 0x70D537FE00000001UL, 0xC688567400000001UL,
        0xFA1BC24300000001UL, 0x3CE4CF3000000001UL, 0x92BDA9C600000001UL, 0xB808726F00000001UL,
        0xC6F538A700000001UL, 0x5D6905E800000001UL, 0, 0,
        0, 0, 0, 0,
        0, 0xB1C3EB8E00000001UL, 0x53236C2500000001UL, 0x067F452500000001UL,
        0x09DA10AC00000001UL, 0xBBC0B2A600000001UL, 0xEA911F0400000001UL, 0x3F1E323700000001UL,
        0xBB5F627600000001UL, 0x17C3953A00000001UL, 0xD373BB4300000001UL, 0x8E94964200000001UL,
        0x903E7B7000000001UL, 0x50D0F7D500000001UL, 0x3EBB4ADD00000001UL, 0xCE230B3600000001UL,
        0x06B184E900000001UL, 0x885936CA00000001UL, 0xBAD20BD000000001UL, 0x2C5C6E5100000001UL,
        0xEDC89E7E00000001UL, 0xFC107A6700000001UL, 0x6D14564100000001UL, 0x3D689EDF00000001UL,
        0x0C4F7A4A00000001UL, 0x4DBD9E0D00000001UL, 0x1155E82900000001UL, 0,
        0, 0, 0, 0,
        0, 0xB1C3EB8E00000001UL, 0x53236C2500000001UL, 0x067F452500000001UL,
        0x09DA10AC00000001UL, 0xBBC0B2A600000001UL, 0xEA911F0400000001UL, 0x3F1E323700000001UL,
        0xBB5F627600000001UL, 0x17C3953A00000001UL, 0xD373BB4300000001UL, 0x8E94964200000001UL,
        0x903E7B7000000001UL, 0x50D0F7D500000001UL, 0x3EBB4ADD00000001UL, 0xCE230B3600000001UL,
        0x06B184E900000001UL, 0x885936CA00000001UL, 0xBAD20BD000000001UL, 0x2C5C6E5100000001UL,
        0xEDC89E7E00000001UL, 0xFC107A6700000001UL, 0x6D14564100000001UL, 0x3D689EDF00000001UL,
        0x0C4F7A4A00000001UL, 0x4DBD9E0D00000001UL, 0x1155E82900000001UL, 0,
        0, 0, 0, 0,
    ];

    private static readonly ulong[] s_signatures =
    [
        0, 0, 0, 0,
        0, 0, 0x5C3CD2300000000CUL, 0,
        0, 0, 0, 0,
        0x4CEA9C0900000011UL, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0x475F80C800000011UL, 0x1319AC5A00000016UL, 0,
        0, 0, 0xC21606B100000013UL, 0xF6492BCA00000009UL,
        0, 0, 0xD67843BB00000010UL, 0,
        0, 0, 0x325612DD0000000AUL, 0,
        0x2BC50BB700000010UL, 0, 0, 0,
        0, 0, 0, 0x90C1CDC60000000EUL,
        0, 0, 0xBA8AC63F0000000DUL, 0x073DC03A0000000FUL,
        0, 0, 0, 0,
        0x1FBC912000000014UL, 0, 0, 0x0F7646DA00000008UL,
        0, 0, 0, 0,
        0xA9E4141500000011UL, 0, 0, 0,
        0, 0, 0xC4CAA0F70000000BUL, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0xA16F99B10000000EUL,
        0, 0, 0, 0,
        0, 0x9F3A854E00000009UL, 0, 0,
        0x8E32A97700000015UL, 0xA39C7A9000000012UL, 0, 0x469D07C800000010UL,
        0, 0, 0, 0,
        0, 0, 0xCE9BECD600000012UL, 0,
        0, 0, 0, 0xA1F49DF90000000FUL,
        0, 0, 0, 0x3DF9A79B00000010UL,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0xF800F4BB00000008UL, 0,
        0, 0, 0x57D6E24B00000014UL, 0x74CE43A100000014UL,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0x1AE39CC90000000BUL, 0x7C8811B000000013UL, 0xA440ECB40000000EUL, 0,
        0, 0, 0, 0x041B519800000013UL,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0xCDE14FA400000008UL, 0xFD5A002A00000005UL,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0xE616FFC20000000AUL, 0, 0xA12AB1F200000015UL, 0,
        0, 0, 0x9A9844060000001CUL, 0,
        0, 0, 0, 0x569C391900000006UL,
        0x9AFC316A0000000EUL, 0, 0, 0x097183E80000000CUL,
        0, 0, 0, 0,
        0, 0, 0, 0x34EFD4150000000AUL,
        0, 0xA687F4D100000019UL, 0, 0,
        0xB49C8BC70000000EUL, 0, 0, 0x9E0E44660000000AUL,
        0, 0, 0, 0,
        0, 0, 0, 0x030B067500000008UL,
        0xF2160ECD0000001DUL, 0x51A31C9E00000005UL, 0, 0,
        0, 0xCBBE828A0000000FUL, 0x165B1EA40000000FUL, 0,
        0, 0, 0, 0x9A38AE8900000008UL,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0x35E353A20000000CUL,
        0x032815120000000BUL, 0, 0, 0,
        0, 0, 0, 0,
        0, 0x3F16F2A100000017UL, 0, 0,
        0xD2E463220000001AUL, 0, 0, 0,
        0, 0, 0, 0,
        0, 0xDAAE241E0000001DUL, 0, 0,
        0x3842E3EC00000009UL, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0xDFA3977B0000000AUL, 0, 0,
        0xE23950F900000007UL, 0, 0, 0,
        0, 0, 0, 0,
        0x34980F3700000008UL, 0x807F6CCE0000001BUL, 0, 0,
        0, 0, 0x062D80210000000EUL, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0xB910255F00000006UL, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0x9E92DAEB0000001BUL, 0, 0,
        0, 0, 0, 0,
        0x294D15AD00000010UL, 0, 0x40F022CA0000000BUL, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0x56E9239600000015UL, 0, 0, 0xEE57992100000012UL,
        0, 0xF040FE130000001BUL, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0x91BB9E3D00000008UL, 0,
        0xD275765D0000000FUL, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0x7B8D7BF00000000FUL, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0xEC9D564400000009UL, 0, 0, 0,
        0, 0, 0x07BD3AF000000004UL, 0x403C82AA0000000AUL,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0x71E0292F00000013UL, 0, 0, 0x9061786B00000008UL,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0, 0x214A572200000012UL, 0x6B2CE24C0000000FUL,
        0x28D3714E00000006UL, 0xD392378F00000013UL, 0x7A7091800000000BUL, 0,
        0, 0, 0, 0,
        0, 0x05D2033100000011UL, 0, 0,
        0, 0, 0, 0,
        0, 0, 0, 0,
        0, 0x97D69B4700000019UL, 0x8ADFE0AD00000014UL, 0x44B11B6A0000000DUL,
        0xB7E635CD00000012UL, 0, 0, 0,
        0, 0, 0, 0xDABD14B90000001BUL,
        0, 0, 0, 0,
        0x5CB7A17800000002UL, 0, 0, 0,
    ];

    private static readonly ushort[] s_codes =
    [
        0, 0, 0, 0, 0, 0, 508, 0, 0, 0, 0, 0, 417, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 307, 502, 0, 0, 0, 507, 204, 0, 0, 301, 0, 0, 0, 103, 0,
        405, 0, 0, 0, 0, 0, 0, 303, 0, 0, 406, 426, 0, 0, 0, 0,
        422, 0, 0, 100, 0, 0, 0, 0, 308, 0, 0, 0, 0, 0, 207, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 504,
        0, 0, 0, 0, 0, 300, 0, 0, 413, 101, 0, 307, 0, 0, 0, 0,
        0, 0, 412, 0, 0, 0, 0, 413, 0, 0, 0, 302, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 404, 0, 0, 0, 428, 506, 0, 0, 0, 0,
        0, 0, 0, 0, 306, 500, 206, 0, 0, 0, 0, 416, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 305, 302, 0, 0, 0, 0, 0, 0, 0, 0, 502, 0, 506, 0,
        0, 0, 416, 0, 0, 0, 0, 226, 408, 0, 0, 401, 0, 0, 0, 0,
        0, 0, 0, 414, 0, 451, 0, 0, 501, 0, 0, 405, 0, 0, 0, 0,
        0, 0, 0, 302, 511, 301, 0, 0, 0, 300, 429, 0, 0, 0, 0, 409,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 205, 304, 0, 0, 0,
        0, 0, 0, 0, 0, 505, 0, 0, 451, 0, 0, 0, 0, 0, 0, 0,
        0, 503, 0, 0, 418, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 400, 0, 0, 201, 0, 0, 0, 0, 0, 0, 0,
        202, 431, 0, 0, 0, 0, 411, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 423, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 407, 0, 0, 0, 0, 0, 0, 424, 0, 500, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 200, 0, 0, 503, 0, 203, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 303, 0,
        402, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 208, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 403, 0, 0, 0, 0, 0, 410, 102, 0, 0, 0, 0,
        0, 0, 0, 0, 422, 0, 0, 425, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 414, 413, 306, 425, 510, 0, 0, 0, 0, 0,
        0, 414, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 104, 415, 424,
        421, 0, 0, 0, 0, 0, 0, 416, 0, 0, 0, 0, 200, 0, 0, 0,
    ];

    private static readonly ushort[] s_keyStarts =
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 25, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 60, 95, 0, 0, 0, 143, 182, 0, 0, 201, 0, 0, 0, 234, 0,
        255, 0, 0, 0, 0, 0, 0, 289, 0, 0, 303, 330, 0, 0, 0, 0,
        361, 0, 0, 402, 0, 0, 0, 0, 410, 0, 0, 0, 0, 0, 445, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 468,
        0, 0, 0, 0, 0, 513, 0, 0, 522, 567, 0, 604, 0, 0, 0, 0,
        0, 0, 620, 0, 0, 0, 0, 657, 0, 0, 0, 689, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 722, 0, 0, 0, 739, 780, 0, 0, 0, 0,
        0, 0, 0, 0, 822, 845, 885, 0, 0, 0, 0, 914, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 954, 971, 0, 0, 0, 0, 0, 0, 0, 0, 976, 0, 997, 0,
        0, 0, 1041, 0, 0, 0, 0, 1100, 1113, 0, 0, 1158, 0, 0, 0, 0,
        0, 0, 0, 1170, 0, 1192, 0, 0, 1245, 0, 0, 1274, 0, 0, 0, 0,
        0, 0, 0, 1295, 1303, 1363, 0, 0, 0, 1368, 1399, 0, 0, 0, 0, 1431,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1439, 1464, 0, 0, 0,
        0, 0, 0, 0, 0, 1487, 0, 0, 1536, 0, 0, 0, 0, 0, 0, 0,
        0, 1591, 0, 0, 1651, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 1672, 0, 0, 1693, 0, 0, 0, 0, 0, 0, 0,
        1700, 1708, 0, 0, 0, 0, 1766, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 1795, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 1801, 0, 0, 0, 0, 0, 0, 1857, 0, 1890, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 1913, 0, 0, 1956, 0, 1993, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2049, 0,
        2066, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 2097, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 2128, 0, 0, 0, 0, 0, 2137, 2141, 0, 0, 0, 0,
        0, 0, 0, 0, 2151, 0, 0, 2190, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 2207, 2246, 2278, 2284, 2323, 0, 0, 0, 0, 0,
        0, 2346, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2383, 2435, 2477,
        2504, 0, 0, 0, 0, 0, 0, 2541, 0, 0, 0, 0, 2597, 0, 0, 0,
    ];

    private static readonly ushort[] s_firstSpellings =
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 2, 3, 0, 0, 0, 4, 5, 0, 0, 6, 0, 0, 0, 7, 0,
        8, 0, 0, 0, 0, 0, 0, 9, 0, 0, 9, 10, 0, 0, 0, 0,
        11, 0, 0, 12, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 13, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 14,
        0, 0, 0, 0, 0, 16, 0, 0, 16, 17, 0, 18, 0, 0, 0, 0,
        0, 0, 18, 0, 0, 0, 0, 19, 0, 0, 0, 20, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 21, 0, 0, 0, 22, 23, 0, 0, 0, 0,
        0, 0, 0, 0, 24, 25, 26, 0, 0, 0, 0, 27, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 28, 29, 0, 0, 0, 0, 0, 0, 0, 0, 29, 0, 30, 0,
        0, 0, 31, 0, 0, 0, 0, 32, 33, 0, 0, 35, 0, 0, 0, 0,
        0, 0, 0, 35, 0, 36, 0, 0, 37, 0, 0, 38, 0, 0, 0, 0,
        0, 0, 0, 39, 39, 40, 0, 0, 0, 40, 41, 0, 0, 0, 0, 42,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 42, 43, 0, 0, 0,
        0, 0, 0, 0, 0, 44, 0, 0, 45, 0, 0, 0, 0, 0, 0, 0,
        0, 46, 0, 0, 47, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 48, 0, 0, 49, 0, 0, 0, 0, 0, 0, 0,
        49, 49, 0, 0, 0, 0, 50, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 51, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 51, 0, 0, 0, 0, 0, 0, 52, 0, 53, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 55, 0, 56, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 57, 0,
        58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 59, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 60, 0, 0, 0, 0, 0, 60, 60, 0, 0, 0, 0,
        0, 0, 0, 0, 60, 0, 0, 61, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 62, 63, 64, 64, 65, 0, 0, 0, 0, 0,
        0, 66, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 67, 68, 69,
        70, 0, 0, 0, 0, 0, 0, 71, 0, 0, 0, 0, 72, 0, 0, 0,
    ];

    private static readonly byte[] s_spellingCounts =
    [
        0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 0,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0,
        1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2,
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0,
        0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0,
        0, 0, 1, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0,
        0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0,
        0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0,
        0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 1, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0,
        0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1,
        1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    private static readonly ushort[] s_spellingStarts =
    [
        12, 42, 77, 117, 162, 191, 217, 244, 271, 316, 345, 381, 427, 456, 482, 497,
        543, 585, 638, 672, 705, 730, 759, 800, 833, 864, 899, 933, 962, 986, 1018, 1069,
        1106, 1127, 1142, 1180, 1217, 1259, 1284, 1332, 1383, 1414, 1451, 1475, 1510, 1562, 1620, 1660,
        1682, 1735, 1780, 1828, 1873, 1901, 1934, 1974, 2020, 2057, 2081, 2112, 2170, 2198, 2225, 2261,
        2303, 2334, 2363, 2408, 2455, 2490, 2522, 2568,
    ];

    private static readonly byte[] s_spellingLengths =
    [
        13, 18, 18, 26, 20, 10, 17, 11, 18, 14, 16, 21, 18, 12, 15, 16,
        24, 19, 19, 17, 17, 9, 21, 22, 12, 21, 15, 21, 9, 11, 23, 31,
        7, 15, 16, 12, 28, 15, 11, 31, 16, 17, 13, 12, 26, 29, 31, 12,
        11, 31, 15, 29, 17, 12, 22, 19, 29, 9, 16, 16, 20, 9, 21, 17,
        20, 12, 20, 27, 22, 14, 19, 29,
    ];

    private const int PhraseGuessMask = 255;

    private static readonly ushort[] s_phraseGuesses =
    [
        0, 0, 410, 0, 0, 0, 0, 0, 0, 0, 104, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 103, 421, 0, 0, 0, 423, 0,
        0, 0, 0, 0, 402, 501, 0, 0, 416, 0, 0, 0, 0, 0, 0, 205,
        0, 0, 307, 0, 506, 306, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 415, 0, 303, 405, 0, 202, 0, 0, 0, 0,
        507, 417, 0, 208, 0, 0, 0, 418, 0, 0, 0, 0, 504, 0, 200, 0,
        0, 0, 0, 0, 0, 406, 0, 412, 0, 0, 0, 0, 0, 0, 425, 0,
        204, 0, 0, 206, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 226, 0, 0, 0, 0, 0, 0, 0, 100, 0, 0, 305, 0, 0,
        0, 0, 0, 0, 422, 0, 0, 0, 0, 409, 0, 451, 0, 301, 0, 404,
        0, 102, 0, 302, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 403, 431, 0, 0, 0, 308, 0, 0, 0, 0, 401, 0, 203, 414, 426,
        0, 0, 502, 0, 424, 503, 0, 0, 201, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 207, 101, 0, 0, 300, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 304, 0, 0, 0, 0, 411, 0, 428, 0, 0, 0, 0, 0, 0,
        0, 407, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    private const string Text =
        "loopdetectedLoop Detected" + // 508: Loop Detected, LoopDetected
        "expectationfailedExpectation Failed" + // 417: Expectation Failed, ExpectationFailed
        "temporaryredirectTemporary Redirect" + // 307: Temporary Redirect, TemporaryRedirect
        "badgatewayorproxyerrorBad Gateway or Proxy Error" + // 502: Bad Gateway or Proxy Error
        "insufficientstorageInsufficient Storage" + // 507: Insufficient Storage, InsufficientStorage
        "nocontentNo Content" + // 204: No Content, NoContent
        "movedpermanentlyMoved Permanently" + // 301: Moved Permanently, MovedPermanently
        "earlyhintsEarly Hints" + // 103: Early Hints, EarlyHints
        "methodnotallowedMethod Not Allowed" + // 405: Method Not Allowed, MethodNotAllowed
        "redirectmethod" + // 303: RedirectMethod
        "notacceptableNot Acceptable" + // 406: Not Acceptable, NotAcceptable
        "upgraderequiredUpgrade Required" + // 426: Upgrade Required, UpgradeRequired
        "unprocessablecontentUnprocessable Content" + // 422: Unprocessable Content, UnprocessableContent
        "continue" + // 100: Continue
        "permanentredirectPermanent Redirect" + // 308: Permanent Redirect, PermanentRedirect
        "multistatusMulti-Status" + // 207: Multi-Status, MultiStatus
        "gatewaytimeoutGateway TimeoutGateway Time-out" + // 504: Gateway Timeout, GatewayTimeout, Gateway Time-out
        "ambiguous" + // 300: Ambiguous
        "requestentitytoolargeRequest Entity Too Large" + // 413: Request Entity Too Large
        "switchingprotocolsSwitching Protocols" + // 101: Switching Protocols, SwitchingProtocols
        "redirectkeepverb" + // 307: RedirectKeepVerb
        "preconditionfailedPrecondition Failed" + // 412: Precondition Failed, PreconditionFailed
        "payloadtoolargePayload Too Large" + // 413: Payload Too Large
        "movedtemporarilyMoved Temporarily" + // 302: Moved Temporarily
        "notfoundNot Found" + // 404: Not Found, NotFound
        "preconditionrequiredPrecondition Required" + // 428: Precondition Required, PreconditionRequired
        "variantalsonegotiateVariant also negotiate" + // 506: Variant also negotiate
        "switchproxySwitch Proxy" + // 306: Switch Proxy
        "internalservererrorInternal Server Error" + // 500: Internal Server Error, InternalServerError
        "partialcontentPartial Content" + // 206: Partial Content, PartialContent
        "rangenotsatisfiableRange Not Satisfiable" + // 416: Range Not Satisfiable, RangeNotSatisfiable
        "useproxyUse Proxy" + // 305: Use Proxy, UseProxy
        "found" + // 302: Found
        "badgatewayBad Gateway" + // 502: Bad Gateway, BadGateway
        "variantalsonegotiatesVariant Also Negotiates" + // 506: Variant Also Negotiates, VariantAlsoNegotiates
        "requestedrangenotsatisfiableRequested range not satisfiable" + // 416: Requested range not satisfiable, Requested Range Not Satisfiable
        "imusedIM Used" + // 226: IM Used, IMUsed
        "requesttimeoutRequest TimeoutRequest Time-out" + // 408: Request Timeout, RequestTimeout, Request Time-out
        "unauthorized" + // 401: Unauthorized
        "uritoolongURI Too Long" + // 414: URI Too Long, UriTooLong
        "unavailableforlegalreasonUnavailable for Legal Reason" + // 451: Unavailable for Legal Reason
        "notimplementedNot Implemented" + // 501: Not Implemented, NotImplemented
        "notallowedNot Allowed" + // 405: Not Allowed
        "redirect" + // 302: Redirect
        "networkauthenticationrequiredNetwork Authentication Required" + // 511: Network Authentication Required, NetworkAuthenticationRequired
        "moved" + // 301: Moved
        "multiplechoicesMultiple Choices" + // 300: Multiple Choices, MultipleChoices
        "toomanyrequestsToo Many Requests" + // 429: Too Many Requests, TooManyRequests
        "conflict" + // 409: Conflict
        "resetcontentReset Content" + // 205: Reset Content, ResetContent
        "notmodifiedNot Modified" + // 304: Not Modified, NotModified
        "httpversionnotsupportedHTTP Version Not Supported" + // 505: HTTP Version Not Supported, HttpVersionNotSupported, HTTP Version not supported
        "unavailableforlegalreasonsUnavailable For Legal Reasons" + // 451: Unavailable For Legal Reasons, UnavailableForLegalReasons
        "servicetemporarilyunavailableService Temporarily Unavailable" + // 503: Service Temporarily Unavailable
        "imateapotI'm a teapot" + // 418: I'm a teapot, ImATeapot
        "badrequestBad Request" + // 400: Bad Request, BadRequest
        "created" + // 201: Created
        "accepted" + // 202: Accepted
        "requestheaderfieldstoolargeRequest Header Fields Too Large" + // 431: Request Header Fields Too Large, RequestHeaderFieldsTooLarge
        "lengthrequiredLength Required" + // 411: Length Required, LengthRequired
        "locked" + // 423: Locked
        "proxyauthenticationrequiredProxy Authentication Required" + // 407: Proxy Authentication Required, ProxyAuthenticationRequired
        "faileddependencyFailed Dependency" + // 424: Failed Dependency, FailedDependency
        "servererrorServer Error" + // 500: Server Error
        "connectionestablishedConnection established" + // 200: Connection established
        "serviceunavailableService Unavailable" + // 503: Service Unavailable, ServiceUnavailable
        "nonauthoritativeinformationNon-Authoritative Information" + // 203: Non-Authoritative Information, NonAuthoritativeInformation
        "seeotherSee Other" + // 303: See Other, SeeOther
        "paymentrequiredPayment Required" + // 402: Payment Required, PaymentRequired
        "alreadyreportedAlready Reported" + // 208: Already Reported, AlreadyReported
        "forbidden" + // 403: Forbidden
        "gone" + // 410: Gone
        "processing" + // 102: Processing
        "unprocessableentityUnprocessable Entity" + // 422: Unprocessable Entity
        "tooearlyToo Early" + // 425: Too Early, TooEarly
        "requesturitoolargeRequest-URI Too Large" + // 414: Request-URI Too Large
        "contenttoolargeContent Too Large" + // 413: Content Too Large, ContentTooLarge
        "unused" + // 306: Unused
        "unorderedcollectionUnordered Collection" + // 425: Unordered Collection
        "notextendedNot Extended" + // 510: Not Extended, NotExtended
        "requesturitoolongRequest-URI Too Long" + // 414: Request-URI Too Long
        "uploadresumptionsupportedUpload Resumption Supported" + // 104: Upload Resumption Supported, UploadResumptionSupported
        "unsupportedmediatypeUnsupported Media Type" + // 415: Unsupported Media Type, UnsupportedMediaType
        "methodfailureMethod failure" + // 424: Method failure
        "misdirectedrequestMisdirected Request" + // 421: Misdirected Request, MisdirectedRequest
        "requestedrangeunsatisfiableRequested range unsatisfiable" + // 416: Requested range unsatisfiable
        "ok"; // 200: OK
}
