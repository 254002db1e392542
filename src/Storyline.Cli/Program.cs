namespace Storyline.Cli;

internal static class Program
{
    public static int Main(string[] args) => StorylineCommand.Run(args);
}
