#!/usr/bin/env python3
"""Turn a copy of the repository's Core test project into a Microsoft Testing Platform app for Stryker's MTP runner.

Stryker.NET's MTP runner ('--test-runner mtp') keeps one test server per worker and switches mutants in process, about
ten times faster here than the VSTest runner, which starts a test host per mutant. It needs the test project to be an
MTP executable: xUnit.net v3 is one. The repository's tests stay on xUnit.net v2 (the README's test command runs them
with 'dotnet test'); this script edits a throw-away copy only (scripts/mutation.sh makes it). The same 1 701 tests run.

usage: mtp_project.py COPY_ROOT
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
props = root / "Directory.Packages.props"
text = props.read_text(encoding="utf-8")
for package, version in (("xunit.v3", "4.0.3"), ("FsCheck.Xunit.v3", "3.6.0")):
    if f'Include="{package}"' not in text:
        text = text.replace("</ItemGroup>", f'  <PackageVersion Include="{package}" Version="{version}" />\n  </ItemGroup>', 1)
props.write_text(text, encoding="utf-8")

project = root / "tests/ChatBot.Core.Tests/ChatBot.Core.Tests.csproj"
text = project.read_text(encoding="utf-8")
text = text.replace('<PackageReference Include="xunit" />', '<PackageReference Include="xunit.v3" />')
text = text.replace('<PackageReference Include="FsCheck.Xunit" />', '<PackageReference Include="FsCheck.Xunit.v3" />')
# An MTP test app is an executable; v3's analyzer asks for TestContext's cancellation token, which v2 code has not.
if "<OutputType>Exe</OutputType>" not in text:
    text = text.replace("</PropertyGroup>", "  <OutputType>Exe</OutputType>\n    <NoWarn>$(NoWarn);xUnit1051</NoWarn>\n  </PropertyGroup>", 1)
project.write_text(text, encoding="utf-8")

# One test at a time: the runner attributes coverage to the test that is running (parallel collections would mix it up
# and leave the runner waiting for acknowledgements that never come).
(root / "tests/ChatBot.Core.Tests/xunit.runner.json").write_text(
    '{ "parallelizeTestCollections": false }\n', encoding="utf-8")
if "xunit.runner.json" not in text:
    text = text.replace("</Project>", '  <ItemGroup>\n    <None Include="xunit.runner.json" CopyToOutputDirectory="PreserveNewest" />\n  </ItemGroup>\n</Project>')
    project.write_text(text, encoding="utf-8")

# v3 moved ITestOutputHelper into the Xunit namespace.
for source in (root / "tests/ChatBot.Core.Tests").rglob("*.cs"):
    code = source.read_text(encoding="utf-8")
    fixed = re.sub(r"^using Xunit\.Abstractions;\r?\n", "", code, flags=re.M)
    if fixed != code:
        source.write_text(fixed, encoding="utf-8")
