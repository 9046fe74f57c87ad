using BenchmarkDotNet.Running;

if (args is ["parser-loop", ..]) ChatBot.Benchmarks.ParserBenchmarks.Loop(args); // see docs/BENCHMARKS.md, parser section
else BenchmarkSwitcher.FromAssembly(typeof(ChatBot.Benchmarks.ParserBenchmarks).Assembly).Run(args);
