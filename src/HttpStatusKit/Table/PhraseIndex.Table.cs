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

    // The table of guesses: for each guess (length, first two and last three characters), one spelling that has it,
    // in lower case, packed as its code (bits 22 to 31), its start in Text (bits 8 to 21) and its length (bits 0 to 7).
    // 141 spellings, 0 of them sharing an entry with one before them (the signature pass finds those).
    private const int GuessBits = 11;
    private const ulong FrontMultiplier = 0x9E3779B97F4A7C15UL;
    private const ulong GuessMultiplier = 0x7F367B8BD953EFF3UL;

    private static readonly uint[] s_guesses =
    [
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0x4C05B80B, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0x7EC0A214, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0x64C85009, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0x65812F0D, 0,
        0, 0, 0, 0, 0, 0x4B82C111, 0x7F891E0C, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0x33C1C80C, 0, 0, 0, 0, 0x70C4C11C,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0x6A48FF14, 0, 0, 0, 0,
        0, 0, 0x4C43BA08, 0, 0, 0x6B458611, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0x6B45770F, 0, 0, 0x3408310F, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0x7E45E61A, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0x67C99716, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0x67C98314, 0, 0, 0, 0,
        0, 0, 0, 0x4B40C910, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0x6502D208, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0x6803A515, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0x68039213, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0x68867309, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0x6A075111, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0x7D036015, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0x68402A12, 0, 0x7D034D13, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0x4BC80909,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0x64882110, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0x66C6E60E, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0x69816914, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0x3300B609, 0,
        0x66885904, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0x6406920B,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0x4B05580F,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0x67027E13, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0x7DC7A412, 0, 0, 0,
        0, 0, 0, 0x32078E16, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0x19424913, 0, 0, 0x6BC6C71F, 0,
        0, 0, 0, 0, 0x67849C0C, 0, 0, 0,
        0, 0, 0, 0, 0, 0x7E83FA17, 0, 0,
        0x6784920A, 0, 0, 0, 0, 0, 0x19C0EA0A, 0x6BC6AC1B,
        0, 0, 0x7E83E515, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0x6A815910, 0,
        0, 0, 0, 0, 0, 0, 0x65C7241D, 0,
        0, 0, 0x69887A14, 0x70C6001A, 0, 0, 0, 0,
        0, 0, 0x65C7091B, 0, 0, 0x6788B115, 0, 0,
        0, 0, 0, 0, 0, 0, 0x7F00000C, 0,
        0, 0, 0, 0, 0, 0, 0, 0x3383830F,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0x4C88E606, 0, 0,
        0x6B02F715, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0x7E01F110, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0x7E01D40E,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0x67893B14, 0, 0,
        0, 0, 0, 0, 0, 0x4D019A11, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0x6604670F, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0x7D83D00A, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0x6949C812, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0x38844C06, 0, 0, 0, 0x6A488E08, 0, 0,
        0, 0, 0, 0, 0x4CC03C11, 0x3345AB0D, 0, 0,
        0, 0, 0, 0, 0, 0, 0x7D44EB0F, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0x4C05C30C, 0, 0, 0,
        0, 0, 0, 0x66459708, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0x7EC08F13, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0x65813C0E, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0x32C7E41D, 0, 0, 0x7F89130B, 0, 0, 0,
        0x4B850F08, 0, 0, 0, 0, 0x32C7C91B, 0, 0,
        0, 0, 0, 0, 0, 0, 0x6A09BA0E, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0x33C1BD0B, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0x4C43C209, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0x34084010,
        0, 0, 0, 0, 0, 0, 0, 0x4BC1210E,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0x6742A011, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0x7E45CF17, 0, 0, 0,
        0, 0, 0, 0, 0, 0x4B40D911, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0x6502DA09,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0x4B020109, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0x3286A408,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0x6A074110,
        0x4B455305, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0x68401911, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0x68867C0C, 0, 0,
        0, 0, 0, 0, 0, 0, 0x4BC80108, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0x6748D511, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0x6748C60F, 0x4C83410C, 0, 0x6488120F, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0x68042D1F,
        0, 0, 0x66C6F40F, 0, 0, 0, 0, 0,
        0, 0x4B83CB05, 0, 0x680A081D, 0, 0, 0, 0x69817D15,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0x3300BF0A,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0x320A2502, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0x6406880A, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0x4B056710, 0, 0, 0, 0, 0x7D076D0C, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0x7DC6541F, 0, 0, 0, 0, 0,
        0x7FC5341F, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0x7FC5171D, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0x67026C12,
        0, 0, 0, 0, 0x1A09681B, 0, 0, 0,
        0, 0, 0, 0, 0, 0x7DC7B613, 0, 0,
        0, 0x1A094F19, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0x19423712, 0, 0, 0, 0, 0, 0,
        0, 0x19885D0A, 0, 0, 0, 0x69C70306, 0, 0x19C0F40B,
        0, 0, 0, 0x32469D07, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0x70C61A1D, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0x67421F18, 0, 0x6A814A0F, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0x7F000C0D,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0x7D80751A, 0, 0x3383750E, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0x6444860C, 0, 0x6B02E314, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0x7E01E20F, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0x7E832016, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0x4D01AB12,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0x66047610, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0x6604590E, 0, 0, 0, 0, 0, 0,
        0, 0, 0x7D83DA0B, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0x6949DA13, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0x65410F12, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0x6540FF10, 0, 0, 0, 0,
        0, 0, 0x38845207, 0, 0, 0, 0x6A489609, 0,
        0, 0x19019208, 0, 0, 0, 0, 0x4CC04D12, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0x33459F0C, 0, 0, 0,
        0, 0, 0, 0, 0x7D44DD0E, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0x4CC25C10, 0, 0,
        0, 0, 0, 0, 0, 0, 0x6545040B, 0,
    ];

    // The ends filter: one bit for each key's first two and last three characters, hashed.
    private const int EndsBits = 12;
    private const ulong EndsMultiplier = 0xC4CEB9FE1A85EC53UL;

    private static readonly ulong[] s_ends =
    [
        0x0000000A00000800UL, 0x0044000000000000UL, 0x8000000000000000UL, 0x0000000000000020UL,
        0, 0, 0, 0x8040000200000000UL,
        0, 0x0040800000000000UL, 0x0012000000000000UL, 0x0200001000000000UL,
        0x0000000000020000UL, 0x0000004000000000UL, 0x0000004010000000UL, 0,
        0, 0x0004080000000000UL, 0x0000000100000000UL, 0x0000000000000010UL,
        0x0001000040000000UL, 0, 0x0000000001000000UL, 0x0800000800000000UL,
        0, 0x1000000008800000UL, 0, 0x0200040010000000UL,
        0x0000100000000000UL, 0, 0x0040020000000080UL, 0x04200000000A0000UL,
        0x2000002000000000UL, 0x0010000000000000UL, 0, 0x0000000020000000UL,
        0x0000020400000000UL, 0, 0, 0x0000000102000000UL,
        0, 0x0000000000002000UL, 0x0000000008000000UL, 0x0000000080000000UL,
        0x0400000000000000UL, 0, 0, 0x0000000000000080UL,
        0x0000400000000000UL, 0x0000000010000090UL, 0x0400000000002000UL, 0x0000300000001000UL,
        0x0000000000201000UL, 0x0000001000000020UL, 0x0002000000802000UL, 0,
        0x4000000000000000UL, 0x0000000008000000UL, 0, 0x0004000002000000UL,
        0, 0x0800400000000000UL, 0x0200000000040000UL, 0,
    ];

    private const string Text =
        "loopdetectedloop detected" + // 508: Loop Detected, LoopDetected
        "expectationfailedexpectation failed" + // 417: Expectation Failed, ExpectationFailed
        "temporaryredirecttemporary redirect" + // 307: Temporary Redirect, TemporaryRedirect
        "badgatewayorproxyerrorbad gateway or proxy error" + // 502: Bad Gateway or Proxy Error
        "insufficientstorageinsufficient storage" + // 507: Insufficient Storage, InsufficientStorage
        "nocontentno content" + // 204: No Content, NoContent
        "movedpermanentlymoved permanently" + // 301: Moved Permanently, MovedPermanently
        "earlyhintsearly hints" + // 103: Early Hints, EarlyHints
        "methodnotallowedmethod not allowed" + // 405: Method Not Allowed, MethodNotAllowed
        "redirectmethod" + // 303: RedirectMethod
        "notacceptablenot acceptable" + // 406: Not Acceptable, NotAcceptable
        "upgraderequiredupgrade required" + // 426: Upgrade Required, UpgradeRequired
        "unprocessablecontentunprocessable content" + // 422: Unprocessable Content, UnprocessableContent
        "continue" + // 100: Continue
        "permanentredirectpermanent redirect" + // 308: Permanent Redirect, PermanentRedirect
        "multistatusmulti-status" + // 207: Multi-Status, MultiStatus
        "gatewaytimeoutgateway timeoutgateway time-out" + // 504: Gateway Timeout, GatewayTimeout, Gateway Time-out
        "ambiguous" + // 300: Ambiguous
        "requestentitytoolargerequest entity too large" + // 413: Request Entity Too Large
        "switchingprotocolsswitching protocols" + // 101: Switching Protocols, SwitchingProtocols
        "redirectkeepverb" + // 307: RedirectKeepVerb
        "preconditionfailedprecondition failed" + // 412: Precondition Failed, PreconditionFailed
        "payloadtoolargepayload too large" + // 413: Payload Too Large
        "movedtemporarilymoved temporarily" + // 302: Moved Temporarily
        "notfoundnot found" + // 404: Not Found, NotFound
        "preconditionrequiredprecondition required" + // 428: Precondition Required, PreconditionRequired
        "variantalsonegotiatevariant also negotiate" + // 506: Variant also negotiate
        "switchproxyswitch proxy" + // 306: Switch Proxy
        "internalservererrorinternal server error" + // 500: Internal Server Error, InternalServerError
        "partialcontentpartial content" + // 206: Partial Content, PartialContent
        "rangenotsatisfiablerange not satisfiable" + // 416: Range Not Satisfiable, RangeNotSatisfiable
        "useproxyuse proxy" + // 305: Use Proxy, UseProxy
        "found" + // 302: Found
        "badgatewaybad gateway" + // 502: Bad Gateway, BadGateway
        "variantalsonegotiatesvariant also negotiates" + // 506: Variant Also Negotiates, VariantAlsoNegotiates
        "requestedrangenotsatisfiablerequested range not satisfiable" + // 416: Requested range not satisfiable, Requested Range Not Satisfiable
        "imusedim used" + // 226: IM Used, IMUsed
        "requesttimeoutrequest timeoutrequest time-out" + // 408: Request Timeout, RequestTimeout, Request Time-out
        "unauthorized" + // 401: Unauthorized
        "uritoolonguri too long" + // 414: URI Too Long, UriTooLong
        "unavailableforlegalreasonunavailable for legal reason" + // 451: Unavailable for Legal Reason
        "notimplementednot implemented" + // 501: Not Implemented, NotImplemented
        "notallowednot allowed" + // 405: Not Allowed
        "redirect" + // 302: Redirect
        "networkauthenticationrequirednetwork authentication required" + // 511: Network Authentication Required, NetworkAuthenticationRequired
        "moved" + // 301: Moved
        "multiplechoicesmultiple choices" + // 300: Multiple Choices, MultipleChoices
        "toomanyrequeststoo many requests" + // 429: Too Many Requests, TooManyRequests
        "conflict" + // 409: Conflict
        "resetcontentreset content" + // 205: Reset Content, ResetContent
        "notmodifiednot modified" + // 304: Not Modified, NotModified
        "httpversionnotsupportedhttp version not supported" + // 505: HTTP Version Not Supported, HttpVersionNotSupported, HTTP Version not supported
        "unavailableforlegalreasonsunavailable for legal reasons" + // 451: Unavailable For Legal Reasons, UnavailableForLegalReasons
        "servicetemporarilyunavailableservice temporarily unavailable" + // 503: Service Temporarily Unavailable
        "imateapoti'm a teapot" + // 418: I'm a teapot, ImATeapot
        "badrequestbad request" + // 400: Bad Request, BadRequest
        "created" + // 201: Created
        "accepted" + // 202: Accepted
        "requestheaderfieldstoolargerequest header fields too large" + // 431: Request Header Fields Too Large, RequestHeaderFieldsTooLarge
        "lengthrequiredlength required" + // 411: Length Required, LengthRequired
        "locked" + // 423: Locked
        "proxyauthenticationrequiredproxy authentication required" + // 407: Proxy Authentication Required, ProxyAuthenticationRequired
        "faileddependencyfailed dependency" + // 424: Failed Dependency, FailedDependency
        "servererrorserver error" + // 500: Server Error
        "connectionestablishedconnection established" + // 200: Connection established
        "serviceunavailableservice unavailable" + // 503: Service Unavailable, ServiceUnavailable
        "nonauthoritativeinformationnon-authoritative information" + // 203: Non-Authoritative Information, NonAuthoritativeInformation
        "seeothersee other" + // 303: See Other, SeeOther
        "paymentrequiredpayment required" + // 402: Payment Required, PaymentRequired
        "alreadyreportedalready reported" + // 208: Already Reported, AlreadyReported
        "forbidden" + // 403: Forbidden
        "gone" + // 410: Gone
        "processing" + // 102: Processing
        "unprocessableentityunprocessable entity" + // 422: Unprocessable Entity
        "tooearlytoo early" + // 425: Too Early, TooEarly
        "requesturitoolargerequest-uri too large" + // 414: Request-URI Too Large
        "contenttoolargecontent too large" + // 413: Content Too Large, ContentTooLarge
        "unused" + // 306: Unused
        "unorderedcollectionunordered collection" + // 425: Unordered Collection
        "notextendednot extended" + // 510: Not Extended, NotExtended
        "requesturitoolongrequest-uri too long" + // 414: Request-URI Too Long
        "uploadresumptionsupportedupload resumption supported" + // 104: Upload Resumption Supported, UploadResumptionSupported
        "unsupportedmediatypeunsupported media type" + // 415: Unsupported Media Type, UnsupportedMediaType
        "methodfailuremethod failure" + // 424: Method failure
        "misdirectedrequestmisdirected request" + // 421: Misdirected Request, MisdirectedRequest
        "requestedrangeunsatisfiablerequested range unsatisfiable" + // 416: Requested range unsatisfiable
        "ok"; // 200: OK
}
