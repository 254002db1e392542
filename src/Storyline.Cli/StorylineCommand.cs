namespace Storyline.Cli;

internal static class StorylineCommand
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("storyline: no command yet");
        return args.Length == 0 ? 1 : 2;
    }
}
