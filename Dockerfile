# Build: the SDK restores with central package versions and publishes the host. Release is restored explicitly: a
# Release build is RID-specific (ReadyToRun for the operator verbs, see src/ChatBot/ChatBot.csproj).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ChatBot.sln ./
COPY src/ChatBot.Core/ChatBot.Core.csproj src/ChatBot.Core/
COPY src/ChatBot/ChatBot.csproj src/ChatBot/
RUN dotnet restore src/ChatBot/ChatBot.csproj -p:Configuration=Release
COPY src/ src/
RUN dotnet publish src/ChatBot/ChatBot.csproj -c Release -o /app --no-restore

# Run: ASP.NET runtime, tzdata for Asia/Ho_Chi_Minh, fonts for the /bieudo chart, non-root user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update \
 && apt-get install -y --no-install-recommends tzdata fonts-dejavu-core libfontconfig1 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /app/data && chown -R app:app /app/data
USER app
# The data folder (README: "Where the data lives"): SQLite at /app/data/chatbot.db, for the service and for
# `docker exec … dotnet ChatBot.dll VERB` alike.
ENV ASPNETCORE_URLS=http://+:8080 \
    CHATBOT_DATA=/app/data \
    TZ=Asia/Ho_Chi_Minh
VOLUME /app/data
EXPOSE 8080
ENTRYPOINT ["dotnet", "ChatBot.dll"]
