using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ChatBot.Benchmarks.ParserBenchmarks).Assembly).Run(args);
