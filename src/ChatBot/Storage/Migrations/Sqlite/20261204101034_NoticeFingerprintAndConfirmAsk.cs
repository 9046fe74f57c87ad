using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NoticeFingerprintAndConfirmAsk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ConfirmAskedFor",
                table: "Documents",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextHash",
                table: "Documents",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Documents_WardId_TextHash",
                table: "Documents",
                columns: new[] { "WardId", "TextHash" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Documents_WardId_TextHash",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "ConfirmAskedFor",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "TextHash",
                table: "Documents");
        }
    }
}
