import Foundation
import ParleyCLI

exit(await ParleyCommand.run())
