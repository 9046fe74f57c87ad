using ChatBot.Core.Parsing;

namespace ChatBot.Core.Tests.Parsing;

public class RecurrenceDetectorTests
{
    [Theory]
    [InlineData("hằng tuần tham mưu UBND phường tổ chức làm việc với Ban quản lý", Recurrence.Weekly)]
    [InlineData("định kỳ hằng tuần báo cáo đồng chí Phó Chủ tịch phụ trách", Recurrence.Weekly)]
    [InlineData("Duy trì tổ chức tổng vệ sinh vào chiều thứ 6 hàng tuần", Recurrence.Weekly)]
    [InlineData("Hằng tuần tổng hợp, báo cáo tình hình tiếp nhận hồ sơ", Recurrence.Weekly)]
    [InlineData("tuyên truyền trên loa vào sáng thứ hai hằng tuần", Recurrence.Weekly)]
    [InlineData("định kỳ báo cáo kết quả thực hiện về UBND phường", Recurrence.Periodic)]
    [InlineData("báo cáo Chủ tịch UBND xã kết quả khắc phục định kỳ 15 ngày một lần cho đến khi hoàn thành", Recurrence.Periodic)]
    [InlineData("kiểm tra các điểm tập kết rác 02 tuần một lần", Recurrence.Periodic)]
    [InlineData("Định kỳ tổ chức thông tin thời sự cho cán bộ, đảng viên", Recurrence.Periodic)]
    [InlineData("hằng tháng tổng hợp kết quả, báo cáo Chủ tịch", Recurrence.Monthly)]
    [InlineData("báo cáo kết quả về Văn phòng hằng tháng", Recurrence.Monthly)]
    [InlineData("nộp báo cáo vào ngày 25 hằng tháng", Recurrence.Monthly)]
    [InlineData("hằng quý báo cáo tiến độ giải ngân", Recurrence.Quarterly)]
    [InlineData("hằng năm tổ chức Hội nghị đối thoại với doanh nghiệp", Recurrence.Yearly)]
    [InlineData("định kỳ 6 tháng đánh giá kết quả", Recurrence.Periodic)]
    public void A_frequency_that_governs_an_action_is_a_recurrence(string text, Recurrence expected) =>
        Assert.Equal(expected, RecurrenceDetector.Detect(text));

    [Theory]
    [InlineData("xây dựng quy trình nội bộ kiểm soát kế hoạch hằng tháng, tích hợp ứng dụng AI")]
    [InlineData("tổ chức khám sức khỏe định kỳ, khám sàng lọc miễn phí cho người dân")]
    [InlineData("lồng ghép các chỉ tiêu vào chương trình, kế hoạch công tác định kỳ.")]
    [InlineData("đánh giá, xếp loại mức độ hoàn thành nhiệm vụ hằng tháng đối với từng cán bộ")]
    [InlineData("Thường xuyên rà soát, cập nhật các chuyên mục trên Cổng Thông tin điện tử")]
    [InlineData("phối hợp với các đơn vị liên quan hằng tháng")]
    public void A_frequency_that_only_describes_a_noun_is_not_a_recurrence(string text) =>
        Assert.Null(RecurrenceDetector.Detect(text));
}
