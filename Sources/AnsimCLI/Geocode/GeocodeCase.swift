import AnsimGeocode
import AnsimGeocodeStore
import Foundation

/// One address with its recorded position.
struct GeocodeCase {
    let line: Int
    let address: String
    let lon: Double
    let lat: Double
}
