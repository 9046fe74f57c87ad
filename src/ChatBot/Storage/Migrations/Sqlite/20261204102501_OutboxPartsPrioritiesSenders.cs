using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutboxPartsPrioritiesSenders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "FailedAt",
                table: "Outbox",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MessageKey",
                table: "Outbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Part",
                table: "Outbox",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Parts",
                table: "Outbox",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Priority",
                table: "Outbox",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "Problem",
                table: "Outbox",
                type: "TEXT",
                maxLength: 24,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OutboxSenders",
                columns: table => new
                {
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Since = table.Column<long>(type: "INTEGER", nullable: false),
                    Until = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxSenders", x => x.Channel);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_MessageKey",
                table: "Outbox",
                column: "MessageKey");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_State_Channel_ChatId_Priority_Id",
                table: "Outbox",
                columns: new[] { "State", "Channel", "ChatId", "Priority", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_State_CreatedAt",
                table: "Outbox",
                columns: new[] { "State", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutboxSenders");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_MessageKey",
                table: "Outbox");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_State_Channel_ChatId_Priority_Id",
                table: "Outbox");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_State_CreatedAt",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "FailedAt",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "MessageKey",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "Part",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "Parts",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "Priority",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "Problem",
                table: "Outbox");
        }
    }
}
