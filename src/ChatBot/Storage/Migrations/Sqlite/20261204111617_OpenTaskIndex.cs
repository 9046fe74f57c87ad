using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpenTaskIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Open",
                table: "Tasks",
                columns: new[] { "WardId", "Recurrence", "Deadline" },
                filter: "\"Status\" <> 'Done' AND \"Status\" <> 'Cancelled'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_Open",
                table: "Tasks");
        }
    }
}
