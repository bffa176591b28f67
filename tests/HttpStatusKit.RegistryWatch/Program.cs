using System;
using HttpStatusKit.RegistryWatch;

return RegistryWatchCommand.Run(args, Console.Out, Console.Error, TimeProvider.System);
