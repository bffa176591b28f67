#if MUTATION_TESTING
// Stryker.NET records which mutants each test reaches between the test's start and end; tests running in parallel
// would mix their coverage up, and mutants would then be tried against too few tests.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
#endif
